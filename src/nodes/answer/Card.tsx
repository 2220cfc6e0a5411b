/** Answer card: the first line of the answer, references as chips. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody } from '../../canvas/card/card-parts';
import { TextPreview } from '../../canvas/card/TextPreview';

export function AnswerCard({ data }: CardBodyProps) {
  return <CardBody><TextPreview text={data.answer} empty="No answer yet" testId="card-answer" /></CardBody>;
}

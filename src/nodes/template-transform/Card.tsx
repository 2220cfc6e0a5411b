/** Template card: the template's first line. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody } from '../../canvas/card/card-parts';
import { TextPreview } from '../../canvas/card/TextPreview';

export function TemplateTransformCard({ data }: CardBodyProps) {
  return <CardBody><TextPreview text={data.template} empty="Empty template" testId="card-template" /></CardBody>;
}

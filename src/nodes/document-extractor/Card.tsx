/** Doc extractor card: the file variable it reads. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { extractedFile } from './summary';

export function DocumentExtractorCard({ data }: CardBodyProps) {
  return <CardBody><SelectorLine selector={extractedFile(data)} testId="card-doc-input" /></CardBody>;
}

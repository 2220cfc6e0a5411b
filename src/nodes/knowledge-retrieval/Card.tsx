/** Knowledge retrieval card: the query variable and how many datasets it searches. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, Tag } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { retrievalSummary } from './summary';

export function KnowledgeRetrievalCard({ data }: CardBodyProps) {
  const { query, datasets } = retrievalSummary(data);
  return (
    <CardBody>
      <SelectorLine selector={query} tag={<Tag tone="blue">{datasets} dataset{datasets === 1 ? '' : 's'}</Tag>} testId="card-retrieval" />
    </CardBody>
  );
}

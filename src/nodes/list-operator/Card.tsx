/** List operator card: the list it reads and the steps that are on. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, Tag } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { listOperatorSummary } from './summary';

export function ListOperatorCard({ data }: CardBodyProps) {
  const { input, steps } = listOperatorSummary(data);
  return (
    <CardBody>
      <SelectorLine selector={input} testId="card-list-input" />
      {steps.length > 0 && <div className="flex flex-wrap gap-1">{steps.map((s) => <Tag key={s} tone="blue">{s}</Tag>)}</div>}
    </CardBody>
  );
}

/** Variable assigner card: each variable it writes, with the operation. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, Tag } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { assignedVariables } from './summary';

export function AssignerCard({ data }: CardBodyProps) {
  const items = assignedVariables(data);
  if (items.length === 0) return null;
  return (
    <CardBody>
      {items.map((item, i) => (
        <SelectorLine key={i} selector={item.selector} tag={item.operation !== '' ? <Tag>{item.operation}</Tag> : undefined} testId="card-assigned" />
      ))}
    </CardBody>
  );
}

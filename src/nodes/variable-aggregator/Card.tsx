/** Variable aggregator card: the variables it reads, under their group names when grouped. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, Tag } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { perData } from '../../canvas/card/per-data';
import { aggregatedGroups } from './summary';

/** Groups with something to show. */
const shownGroups = perData((data) => aggregatedGroups(data).filter((g) => g.name !== undefined || g.selectors.length > 0));

export function VariableAggregatorCard({ data }: CardBodyProps) {
  const groups = shownGroups(data);
  if (groups.length === 0) return null;
  return (
    <CardBody>
      {groups.map((g, gi) => (
        <div key={gi} className="space-y-1">
          {g.name !== undefined && (
            <div className="flex items-center justify-between pt-0.5 text-[10px] font-semibold uppercase text-slate-500">
              <span className="truncate">{g.name}</span>
              {g.outputType !== '' && <Tag>{g.outputType}</Tag>}
            </div>
          )}
          {g.selectors.map((s, i) => <SelectorLine key={i} selector={s} testId="card-aggregated" />)}
        </div>
      ))}
    </CardBody>
  );
}

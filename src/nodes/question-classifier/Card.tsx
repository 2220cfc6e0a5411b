/** Question classifier card: the model, then one row per class with that class's handle. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, HandleRow } from '../../canvas/card/card-parts';
import { ModelLine } from '../llm/Card';
import { perData } from '../../canvas/card/per-data';
import { classRows } from './summary';

const rowsOf = perData(classRows);

export function QuestionClassifierCard({ nodeId, data }: CardBodyProps) {
  return (
    <>
      <CardBody><ModelLine data={data} /></CardBody>
      <div className="space-y-1 pb-2.5">
        {rowsOf(data).map((c) => (
          <HandleRow key={c.id} nodeId={nodeId} handleId={c.id} testId="card-class">
            <div className="rounded-md bg-slate-50 px-1.5 py-1">
              <div className="text-[10px] font-semibold leading-3 text-slate-400">{c.label}</div>
              <div className="truncate text-[12px] text-slate-700" title={c.name}>{c.name || <span className="text-slate-400">No name</span>}</div>
            </div>
          </HandleRow>
        ))}
      </div>
    </>
  );
}

/**
 * IF/ELSE card (dify-dsl.md 2.7): a row per case (CASE n, IF or ELIF) with its handle, its
 * conditions in short beneath, joined by AND/OR; ELSE last with its handle.
 */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { HandleRow } from '../../canvas/card/card-parts';
import { SelectorChip } from '../../canvas/card/SelectorChip';
import { ELSE_HANDLE } from './spec';
import { perData } from '../../canvas/card/per-data';
import { caseRows, type ConditionSummary } from './summary';

const rowsOf = perData(caseRows);

function ConditionLine({ condition }: { condition: ConditionSummary }) {
  if (!condition.complete) return <div className="rounded-md bg-slate-50 px-1.5 py-1 text-[12px] text-slate-400">Condition not set up</div>;
  return (
    <div data-testid="card-condition" className="flex h-6 min-w-0 items-center gap-1 rounded-md bg-slate-50 px-1.5 text-[12px] text-slate-700">
      <SelectorChip selector={condition.selector} compact className="min-w-0 shrink" />
      <span className="shrink-0 font-medium text-slate-500">{condition.operator}</span>
      {condition.value !== undefined && <span className="min-w-0 shrink truncate" title={condition.value}>{condition.value}</span>}
    </div>
  );
}

export function IfElseCard({ nodeId, data }: CardBodyProps) {
  return (
    <div className="space-y-1 pb-2">
      {rowsOf(data).map((row) => (
        <div key={row.caseId}>
          <HandleRow nodeId={nodeId} handleId={row.caseId} testId="card-case">
            <div className="flex items-center justify-between">
              <span className="text-[10px] font-semibold text-slate-400">{row.caseLabel}</span>
              <span className="text-[12px] font-semibold text-slate-700">{row.keyword}</span>
            </div>
          </HandleRow>
          <div className="space-y-1 px-3">
            {row.conditions.map((c, i) => (
              <div key={i} className="relative">
                <ConditionLine condition={c} />
                {i < row.conditions.length - 1 && (
                  <span className="absolute -bottom-2.5 right-1 z-10 rounded bg-white px-0.5 text-[10px] font-semibold uppercase leading-4 text-blue-600">{row.logical}</span>
                )}
              </div>
            ))}
          </div>
        </div>
      ))}
      <HandleRow nodeId={nodeId} handleId={ELSE_HANDLE} testId="card-case">
        <div className="text-right text-[12px] font-semibold text-slate-700">ELSE</div>
      </HandleRow>
    </div>
  );
}

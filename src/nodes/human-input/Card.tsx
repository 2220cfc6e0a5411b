/** Human input card: how the form is delivered, then one row per action and the timeout, each with its handle. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, HandleRow, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import { actionRows, deliveryMethods, TIMEOUT_HANDLE, timeoutText } from './summary';

export function HumanInputCard({ nodeId, data }: CardBodyProps) {
  const methods = deliveryMethods(data);
  return (
    <>
      <CardBody>
        <SummaryLine>
          <span className="shrink-0 text-[10px] font-semibold uppercase text-slate-400">via</span>
          {methods.length > 0 ? <Truncated text={methods.join(', ')} /> : <span className="text-slate-400">No delivery method</span>}
        </SummaryLine>
      </CardBody>
      <div className="space-y-1 pb-2.5">
        {actionRows(data).map((a) => (
          <HandleRow key={a.id} nodeId={nodeId} handleId={a.id} testId="card-action">
            <div className="flex justify-end"><Tag tone="blue">{a.title}</Tag></div>
          </HandleRow>
        ))}
        <HandleRow nodeId={nodeId} handleId={TIMEOUT_HANDLE} testId="card-action">
          <div className="text-right text-[11px] font-semibold text-slate-500">TIMEOUT · {timeoutText(data)}</div>
        </HandleRow>
      </div>
    </>
  );
}

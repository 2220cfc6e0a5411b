/** Start (User Input) card: its input variables and their types. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import { startInputs } from './summary';

export function StartCard({ data }: CardBodyProps) {
  const inputs = startInputs(data);
  if (inputs.length === 0) return null;
  return (
    <CardBody>
      {inputs.map((v, i) => (
        <SummaryLine key={i} testId="card-start-input">
          <span className="shrink-0 font-mono text-[10px] font-semibold text-blue-500">{'{x}'}</span>
          <Truncated text={v.name} className="flex-1" />
          {v.required && <span className="shrink-0 text-[10px] text-slate-400">required</span>}
          <Tag>{v.type}</Tag>
        </SummaryLine>
      ))}
    </CardBody>
  );
}

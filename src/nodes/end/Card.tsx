/** End (Output) card: each output name and the variable it takes (its node in the tooltip). */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Truncated } from '../../canvas/card/card-parts';
import { SelectorChip } from '../../canvas/card/SelectorChip';
import { endOutputs } from './summary';

export function EndCard({ data }: CardBodyProps) {
  const outputs = endOutputs(data);
  if (outputs.length === 0) return null;
  return (
    <CardBody>
      {outputs.map((o, i) => (
        <SummaryLine key={i} testId="card-end-output">
          <Truncated text={o.name || '(unnamed)'} className="max-w-[45%] shrink-0 font-medium" />
          <SelectorChip selector={o.selector} compact className="ml-auto min-w-0 justify-end text-[11px]" />
        </SummaryLine>
      ))}
    </CardBody>
  );
}

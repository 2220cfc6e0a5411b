/** Code card: the language and the outputs it declares. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import { languageLabel, outputNames } from './summary';

export function CodeCard({ data }: CardBodyProps) {
  const outputs = outputNames(data);
  return (
    <CardBody>
      <SummaryLine testId="card-code-language">
        <Tag tone="blue">{languageLabel(data)}</Tag>
        {outputs.length > 0 && <Truncated text={`→ ${outputs.join(', ')}`} className="text-slate-500" />}
      </SummaryLine>
    </CardBody>
  );
}

/** Parameter extractor card: the model, the query variable and the parameters it extracts. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Truncated } from '../../canvas/card/card-parts';
import { SelectorLine } from '../../canvas/card/SelectorLine';
import { ModelLine } from '../llm/Card';
import { extractorSummary } from './summary';

export function ParameterExtractorCard({ data }: CardBodyProps) {
  const { query, parameters } = extractorSummary(data);
  return (
    <CardBody>
      <ModelLine data={data} />
      {query.length > 0 && <SelectorLine selector={query} />}
      {parameters.length > 0 && (
        <SummaryLine testId="card-parameters">
          <span className="shrink-0 text-[10px] font-semibold uppercase text-slate-400">extract</span>
          <Truncated text={parameters.join(', ')} />
        </SummaryLine>
      )}
    </CardBody>
  );
}

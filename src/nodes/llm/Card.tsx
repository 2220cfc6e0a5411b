/** LLM card: the model (provider and name), as Dify shows it. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import type { DslNodeData } from '../../dsl';
import { modelSummary } from './summary';

/** The model line shared by llm, question-classifier and parameter-extractor cards. */
export function ModelLine({ data }: { data: DslNodeData }) {
  const model = modelSummary(data);
  return (
    <SummaryLine testId="card-model" title={model ? `${model.provider} / ${model.name}` : undefined}>
      {model ? (
        <>
          <Truncated text={model.name || '(no model)'} className="flex-1 font-medium" />
          {model.provider !== '' && <Tag>{model.provider}</Tag>}
        </>
      ) : (
        <span className="text-slate-400">No model set</span>
      )}
    </SummaryLine>
  );
}

export function LlmCard({ data }: CardBodyProps) {
  return <CardBody><ModelLine data={data} /></CardBody>;
}

/** Agent card: the agent strategy and its provider. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import { agentSummary } from './summary';

export function AgentCard({ data }: CardBodyProps) {
  const { strategy, provider } = agentSummary(data);
  return (
    <CardBody>
      <SummaryLine testId="card-agent">
        {strategy !== '' ? <Truncated text={strategy} className="flex-1 font-medium" /> : <span className="flex-1 text-slate-400">No strategy set</span>}
        {provider !== '' && <Tag>{provider}</Tag>}
      </SummaryLine>
    </CardBody>
  );
}

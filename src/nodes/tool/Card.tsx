/** Tool card: provider and tool name. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Tag, Truncated } from '../../canvas/card/card-parts';
import { toolSummary } from './summary';

export function ToolCard({ data }: CardBodyProps) {
  const { provider, tool } = toolSummary(data);
  return (
    <CardBody>
      <SummaryLine testId="card-tool">
        <Truncated text={tool || '(no tool)'} className="flex-1 font-medium" />
        {provider !== '' && <Tag>{provider}</Tag>}
      </SummaryLine>
    </CardBody>
  );
}

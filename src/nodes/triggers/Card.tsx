/** Trigger cards: the schedule, the webhook's method and content type, the plugin's event. */
import type { CardBodyProps } from '../../canvas/card/card-body';
import { CardBody, SummaryLine, Truncated } from '../../canvas/card/card-parts';
import { pluginEventText, scheduleText, webhookText } from './summary';

function Line({ text }: { text: string }) {
  return <CardBody><SummaryLine testId="card-trigger">{text ? <Truncated text={text} /> : <span className="text-slate-400">Not set up</span>}</SummaryLine></CardBody>;
}

export const ScheduleTriggerCard = ({ data }: CardBodyProps) => <Line text={scheduleText(data)} />;
export const WebhookTriggerCard = ({ data }: CardBodyProps) => <Line text={webhookText(data)} />;
export const PluginTriggerCard = ({ data }: CardBodyProps) => <Line text={pluginEventText(data)} />;

/** Each block type's card body, by `data.type`. A type not listed gets the bare frame (title and handles). */
import type { CardEntry } from '../canvas/card/card-body';
import { AgentCard } from './agent/Card';
import { AnswerCard } from './answer/Card';
import { AssignerCard } from './assigner/Card';
import { CodeCard } from './code/Card';
import { DocumentExtractorCard } from './document-extractor/Card';
import { EndCard } from './end/Card';
import { HttpRequestCard } from './http-request/Card';
import { HumanInputCard } from './human-input/Card';
import { IfElseCard } from './if-else/Card';
import { KnowledgeRetrievalCard } from './knowledge-retrieval/Card';
import { ListOperatorCard } from './list-operator/Card';
import { LlmCard } from './llm/Card';
import { ParameterExtractorCard } from './parameter-extractor/Card';
import { QuestionClassifierCard } from './question-classifier/Card';
import { StartCard } from './start/Card';
import { TemplateTransformCard } from './template-transform/Card';
import { ToolCard } from './tool/Card';
import { PluginTriggerCard, ScheduleTriggerCard, WebhookTriggerCard } from './triggers/Card';
import { VariableAggregatorCard } from './variable-aggregator/Card';

export const cards: Readonly<Record<string, CardEntry>> = {
  start: { Body: StartCard },
  end: { Body: EndCard },
  answer: { Body: AnswerCard },
  llm: { Body: LlmCard },
  'knowledge-retrieval': { Body: KnowledgeRetrievalCard },
  agent: { Body: AgentCard },
  'question-classifier': { Body: QuestionClassifierCard, ownsHandles: true },
  'if-else': { Body: IfElseCard, ownsHandles: true },
  'human-input': { Body: HumanInputCard, ownsHandles: true },
  code: { Body: CodeCard },
  'template-transform': { Body: TemplateTransformCard },
  'http-request': { Body: HttpRequestCard },
  'variable-aggregator': { Body: VariableAggregatorCard },
  'variable-assigner': { Body: VariableAggregatorCard },
  assigner: { Body: AssignerCard },
  'parameter-extractor': { Body: ParameterExtractorCard },
  'list-operator': { Body: ListOperatorCard },
  'document-extractor': { Body: DocumentExtractorCard },
  tool: { Body: ToolCard },
  'trigger-schedule': { Body: ScheduleTriggerCard },
  'trigger-webhook': { Body: WebhookTriggerCard },
  'trigger-plugin': { Body: PluginTriggerCard },
};

export function cardFor(blockType: string): CardEntry | undefined {
  return Object.hasOwn(cards, blockType) ? cards[blockType] : undefined;
}

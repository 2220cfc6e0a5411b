/**
 * Every block type's executor, keyed by `data.type`. The graph engine reads this; UI code never
 * imports it (executors pull in sandboxes and template engines).
 */
import type { NodeExecutor } from '../engine/node-executor';
import { startRun } from './start/run';
import { endRun } from './end/run';
import { answerRun } from './answer/run';
import { llmRun } from './llm/run';
import { questionClassifierRun } from './question-classifier/run';
import { parameterExtractorRun } from './parameter-extractor/run';
import { ifElseRun } from './if-else/run';
import { codeRun } from './code/run';
import { templateTransformRun } from './template-transform/run';
import { httpRequestRun } from './http-request/run';
import { variableAggregatorRun } from './variable-aggregator/run';
import { assignerRun } from './assigner/run';
import { iterationRun } from './iteration/run';
import { loopRun } from './loop/run';
import { listOperatorRun } from './list-operator/run';
import { documentExtractorRun } from './document-extractor/run';
import { notAvailableLocallyRun } from './not-available-locally';

const passThrough: NodeExecutor = async () => ({ outputs: {} });

const runners: Record<string, NodeExecutor> = {
  start: startRun,
  end: endRun,
  answer: answerRun,
  llm: llmRun,
  'question-classifier': questionClassifierRun,
  'parameter-extractor': parameterExtractorRun,
  'if-else': ifElseRun,
  code: codeRun,
  'template-transform': templateTransformRun,
  'http-request': httpRequestRun,
  'variable-aggregator': variableAggregatorRun,
  'variable-assigner': variableAggregatorRun,
  assigner: assignerRun,
  iteration: iterationRun,
  loop: loopRun,
  'list-operator': listOperatorRun,
  'document-extractor': documentExtractorRun,
  'iteration-start': passThrough,
  'loop-start': passThrough,
  'loop-end': passThrough,
  'knowledge-retrieval': notAvailableLocallyRun,
  tool: notAvailableLocallyRun,
  agent: notAvailableLocallyRun,
  'human-input': notAvailableLocallyRun,
  'trigger-webhook': notAvailableLocallyRun,
  'trigger-schedule': notAvailableLocallyRun,
  'trigger-plugin': notAvailableLocallyRun,
  datasource: notAvailableLocallyRun,
};

export function runnerFor(type: string): NodeExecutor | undefined {
  return Object.hasOwn(runners, type) ? runners[type] : undefined;
}

/**
 * The schema of each block type's `data` (dify-dsl.md section 2), keyed by `data.type`.
 * Node types not listed here import with a warning and are kept verbatim.
 */
import type { z } from 'zod';
import { startData } from './start';
import { endData } from './end';
import { answerData } from './answer';
import { llmData } from './llm';
import { knowledgeRetrievalData } from './knowledge-retrieval';
import { questionClassifierData } from './question-classifier';
import { ifElseData } from './if-else';
import { codeData } from './code';
import { templateTransformData } from './template-transform';
import { httpRequestData } from './http-request';
import { variableAggregatorData } from './variable-aggregator';
import { assignerData } from './assigner';
import { iterationData } from './iteration';
import { loopData } from './loop';
import { parameterExtractorData } from './parameter-extractor';
import { listOperatorData } from './list-operator';
import { documentExtractorData } from './document-extractor';
import { toolData } from './tool';
import { agentData } from './agent';
import { humanInputData } from './human-input';
import { triggerScheduleData, triggerWebhookData, triggerPluginData } from './triggers';
import { structuralData } from './structural';

const schemas: Record<string, z.ZodType> = {
  start: startData,
  end: endData,
  answer: answerData,
  llm: llmData,
  'knowledge-retrieval': knowledgeRetrievalData,
  'question-classifier': questionClassifierData,
  'if-else': ifElseData,
  code: codeData,
  'template-transform': templateTransformData,
  'http-request': httpRequestData,
  'variable-aggregator': variableAggregatorData,
  'variable-assigner': variableAggregatorData, // legacy name of the aggregator
  assigner: assignerData,
  iteration: iterationData,
  'iteration-start': structuralData,
  loop: loopData,
  'loop-start': structuralData,
  'loop-end': structuralData,
  'parameter-extractor': parameterExtractorData,
  'list-operator': listOperatorData,
  'document-extractor': documentExtractorData,
  tool: toolData,
  agent: agentData,
  'human-input': humanInputData,
  'trigger-schedule': triggerScheduleData,
  'trigger-webhook': triggerWebhookData,
  'trigger-plugin': triggerPluginData,
  datasource: structuralData,
  'datasource-empty': structuralData,
  'knowledge-index': structuralData,
};

export const KNOWN_NODE_TYPES: readonly string[] = Object.keys(schemas);

export function nodeDataSchemaFor(type: string): z.ZodType | undefined {
  return Object.hasOwn(schemas, type) ? schemas[type] : undefined;
}

/** Every block type's pure spec, keyed by `data.type`. The engine, checklist, CLI and canvas read this. */
import type { NodeSpec } from './node-spec';
import { startSpec } from './start/spec';
import { endSpec } from './end/spec';
import { answerSpec } from './answer/spec';
import { llmSpec } from './llm/spec';
import { knowledgeRetrievalSpec } from './knowledge-retrieval/spec';
import { questionClassifierSpec } from './question-classifier/spec';
import { ifElseSpec } from './if-else/spec';
import { codeSpec } from './code/spec';
import { templateTransformSpec } from './template-transform/spec';
import { httpRequestSpec } from './http-request/spec';
import { variableAggregatorSpec, variableAssignerLegacySpec } from './variable-aggregator/spec';
import { assignerSpec } from './assigner/spec';
import { iterationSpec } from './iteration/spec';
import { iterationStartSpec } from './iteration-start/spec';
import { loopSpec } from './loop/spec';
import { loopStartSpec } from './loop-start/spec';
import { loopEndSpec } from './loop-end/spec';
import { parameterExtractorSpec } from './parameter-extractor/spec';
import { listOperatorSpec } from './list-operator/spec';
import { documentExtractorSpec } from './document-extractor/spec';
import { toolSpec } from './tool/spec';
import { agentSpec } from './agent/spec';
import { humanInputSpec } from './human-input/spec';
import { triggerScheduleSpec, triggerWebhookSpec, triggerPluginSpec } from './triggers/spec';

const all: NodeSpec[] = [
  startSpec, endSpec, answerSpec, llmSpec, knowledgeRetrievalSpec, questionClassifierSpec, ifElseSpec,
  codeSpec, templateTransformSpec, httpRequestSpec, variableAggregatorSpec, variableAssignerLegacySpec,
  assignerSpec, iterationSpec, iterationStartSpec, loopSpec, loopStartSpec, loopEndSpec,
  parameterExtractorSpec, listOperatorSpec, documentExtractorSpec, toolSpec, agentSpec, humanInputSpec,
  triggerScheduleSpec, triggerWebhookSpec, triggerPluginSpec,
];

export const nodeSpecs: ReadonlyMap<string, NodeSpec> = new Map(all.map((s) => [s.type, s]));

export function specFor(type: string | undefined): NodeSpec | undefined {
  return type ? nodeSpecs.get(type) : undefined;
}

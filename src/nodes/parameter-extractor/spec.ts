import { parameterExtractorData } from '../../dsl/node-data/parameter-extractor';
import { templateSelectors } from '../../dsl/template-refs';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type VarType } from '../node-spec';
import { visionProblem } from '../vision';

const RESERVED = new Set(['__reason', '__is_success']);

/** `select` parameters hold strings; `bool` is the legacy spelling of boolean. */
function parameterType(type: string): VarType {
  if (type === 'select' || type === '') return 'string';
  if (type === 'bool') return 'boolean';
  return type;
}

export const parameterExtractorSpec: NodeSpec = {
  type: 'parameter-extractor',
  title: 'Parameter Extractor',
  classification: 'transform',
  sort: 6,
  flowType: 'custom',
  schema: parameterExtractorData,
  defaults: () => ({
    query: [],
    model: { provider: '', name: '', mode: 'chat', completion_params: { temperature: 0.7 } },
    parameters: [],
    instruction: '',
    reasoning_mode: 'prompt',
    vision: { enabled: false },
  }),
  outputs: (data) => [
    ...listOf(data.parameters).map(recordOf).filter((p) => textOf(p.name))
      .map((p) => ({ variable: textOf(p.name), type: parameterType(textOf(p.type)) })),
    { variable: '__is_success', type: 'number' },
    { variable: '__reason', type: 'string' },
    { variable: '__usage', type: 'object' },
  ],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (selectorOf(data.query).length === 0) return 'Input variable is required';
    if (!textOf(recordOf(data.model).provider)) return 'Model provider is required';
    const parameters = listOf(data.parameters).map(recordOf);
    if (parameters.length === 0) return 'Add at least one parameter to extract';
    for (const [i, p] of parameters.entries()) {
      const name = textOf(p.name);
      if (!name) return `Parameter ${i + 1} has no name`;
      if (RESERVED.has(name)) return `Parameter name ${name} is reserved`;
      if (!textOf(p.type)) return `Parameter ${name} has no type`;
      if (!textOf(p.description)) return `Parameter ${name} has no description`;
    }
    return visionProblem(data.vision);
  },
  usedSelectors: (data) => [selectorOf(data.query), ...templateSelectors(data.instruction)].filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

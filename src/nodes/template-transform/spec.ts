/** Template (dify-dsl.md 2.9): a Jinja2 template over named input variables; outputs `output`. */
import type { ValueSelector } from '../../dsl';
import { templateTransformData } from '../../dsl/node-data/template-transform';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec } from '../node-spec';

export const templateTransformSpec: NodeSpec = {
  type: 'template-transform',
  title: 'Template',
  classification: 'transform',
  sort: 2,
  flowType: 'custom',
  schema: templateTransformData,
  defaults: () => ({ variables: [{ variable: 'arg1', value_selector: [] }], template: '{{ arg1 }}' }),
  outputs: () => [{ variable: 'output', type: 'string' }],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    for (const [i, v] of listOf(data.variables).entries()) {
      const binding = recordOf(v);
      const name = textOf(binding.variable);
      if (!name) return `Input variable ${i + 1} has no name`;
      if (selectorOf(binding.value_selector).length === 0) return `Input variable '${name}' is not bound to a value`;
    }
    if (!textOf(data.template).trim()) return 'Template is required';
    return undefined;
  },
  usedSelectors: (data): ValueSelector[] =>
    listOf(data.variables).map((v) => selectorOf(recordOf(v).value_selector)).filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

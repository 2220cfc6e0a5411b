import { humanInputData } from '../../dsl/node-data/human-input';
import { templateSelectors } from '../../dsl/template-refs';
import type { ValueSelector } from '../../dsl';
import { listOf, recordOf, selectorOf, textOf, type HandleSpec, type NodeSpec } from '../node-spec';

/** The branch taken when nobody answers in time. */
export const TIMEOUT_HANDLE = '__timeout';

/** human-input: pauses the run until someone answers a form; one branch per action plus timeout. */
export const humanInputSpec: NodeSpec = {
  type: 'human-input',
  title: 'Human Input',
  classification: 'logic',
  sort: 1,
  flowType: 'custom',
  schema: humanInputData,
  defaults: () => ({ delivery_methods: [], form_content: '', inputs: [], user_actions: [], timeout: 3, timeout_unit: 'day' }),
  outputs: (data) => [
    ...listOf(data.inputs).map(recordOf).filter((i) => textOf(i.output_variable_name))
      .map((i) => ({ variable: textOf(i.output_variable_name), type: 'string' })),
    { variable: '__action_id', type: 'string' },
    { variable: '__rendered_content', type: 'string' },
  ],
  sourceHandles(data): HandleSpec[] {
    const actions = listOf(data.user_actions).map(recordOf).filter((a) => typeof a.id === 'string' && a.id);
    return [...actions.map((a) => ({ id: textOf(a.id), label: textOf(a.title) || textOf(a.id) })), { id: TIMEOUT_HANDLE, label: 'Timeout' }];
  },
  hasTargetHandle: true,
  check(data) {
    const methods = listOf(data.delivery_methods).map(recordOf);
    if (methods.length === 0) return 'Add at least one delivery method';
    if (!methods.some((m) => m.enabled === true)) return 'Enable at least one delivery method';
    const actions = listOf(data.user_actions).map(recordOf);
    if (actions.length === 0) return 'Add at least one user action';
    const seen = new Set<string>();
    for (const [i, action] of actions.entries()) {
      const id = textOf(action.id);
      if (!id) return `User action ${i + 1} has no ID`;
      if (seen.has(id)) return `User action ID ${id} is used more than once`;
      seen.add(id);
      if (!textOf(action.title)) return `User action ${id} has no title`;
    }
    return undefined;
  },
  /** The form's references, variable defaults of inputs and the bodies of enabled e-mails. */
  usedSelectors(data): ValueSelector[] {
    const out = templateSelectors(data.form_content);
    for (const input of listOf(data.inputs).map(recordOf)) {
      const fallback = recordOf(input.default);
      if (fallback.type === 'variable') out.push(selectorOf(fallback.selector));
    }
    for (const method of listOf(data.delivery_methods).map(recordOf)) {
      if (method.enabled === true) out.push(...templateSelectors(recordOf(method.config).body));
    }
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: false,
  retry: false,
  runsLocally: false,
};

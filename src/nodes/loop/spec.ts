/**
 * Loop (dify-dsl.md 2.14): runs its children up to `loop_count` rounds, until the break
 * conditions hold or a loop-end runs. Outputs its loop variables, which children read and write.
 */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { loopData } from '../../dsl/node-data/loop';
import { templateSelectors } from '../../dsl/template-refs';
import { firstConditionProblem } from '../conditions';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar } from '../node-spec';

export const LOOP_NODE_MAX_COUNT = 100;
export const LOOP_VARIABLE_TYPES = [
  'string', 'number', 'object', 'boolean', 'array[string]', 'array[number]', 'array[object]', 'array[boolean]',
] as const;

export function loopVariables(data: DslNodeData): Record<string, unknown>[] {
  return listOf(data.loop_variables).map(recordOf);
}

export const loopSpec: NodeSpec = {
  type: 'loop',
  title: 'Loop',
  classification: 'logic',
  sort: 3,
  flowType: 'custom',
  schema: loopData,
  defaults: () => ({
    start_node_id: '',
    break_conditions: [],
    logical_operator: 'and',
    loop_count: 10,
    loop_variables: [],
    error_handle_mode: 'terminated',
  }),
  // The engine also outputs loop_round; the UI lists only the loop variables.
  outputs: (data): OutputVar[] =>
    loopVariables(data)
      .filter((v) => textOf(v.label))
      .map((v) => ({ variable: textOf(v.label), type: textOf(v.var_type) || 'string' })),
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    const labels = new Set<string>();
    for (const [i, v] of loopVariables(data).entries()) {
      const label = textOf(v.label);
      if (!label) return `Loop variable ${i + 1} has no name`;
      if (labels.has(label)) return `Loop variable name '${label}' is used twice`;
      labels.add(label);
      if (v.value_type === 'variable' && selectorOf(v.value).length === 0) return `Loop variable '${label}' is not bound to a variable`;
    }
    const problem = firstConditionProblem(data.break_conditions, 'Loop termination');
    if (problem) return problem;
    const count = data.loop_count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > LOOP_NODE_MAX_COUNT) {
      return `Maximum loop count must be a whole number from 1 to ${LOOP_NODE_MAX_COUNT}`;
    }
    return undefined;
  },
  usedSelectors(data) {
    const out: ValueSelector[] = [];
    for (const condition of listOf(data.break_conditions)) {
      const c = recordOf(condition);
      out.push(selectorOf(c.variable_selector), ...templateSelectors(c.value));
    }
    for (const v of loopVariables(data)) if (v.value_type === 'variable') out.push(selectorOf(v.value));
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: false,
  retry: false,
  container: 'loop',
  runsLocally: true,
};

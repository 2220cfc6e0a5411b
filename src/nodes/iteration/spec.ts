/**
 * Iteration (dify-dsl.md 2.13): runs its children once per item of `iterator_selector`;
 * outputs `output`, the collected values at `output_selector`. Its children see `item` and `index`.
 */
import type { ValueSelector } from '../../dsl';
import { iterationData } from '../../dsl/node-data/iteration';
import { selectorOf, SOURCE, textOf, type NodeSpec } from '../node-spec';

export const MAX_PARALLEL_LIMIT = 10;
export const ITERATION_ERROR_MODES = ['terminated', 'continue-on-error', 'remove-abnormal-output'] as const;

/** The type of `item` inside the iteration, from the iterator's array type (4.4 step 4). */
export function iterationItemType(iteratorType: string | undefined): string {
  switch (iteratorType) {
    case 'array[string]': return 'string';
    case 'array[number]': return 'number';
    case 'array[boolean]': return 'boolean';
    case 'array[object]': case 'array': return 'object';
    case 'array[file]': return 'file';
    default: return 'string';
  }
}

export const iterationSpec: NodeSpec = {
  type: 'iteration',
  title: 'Iteration',
  classification: 'logic',
  sort: 2,
  flowType: 'custom',
  schema: iterationData,
  defaults: () => ({
    start_node_id: '',
    iterator_selector: [],
    output_selector: [],
    is_parallel: false,
    parallel_nums: 10,
    error_handle_mode: 'terminated',
    flatten_output: true,
  }),
  outputs(data, ctx) {
    let type = textOf(data.output_type);
    if (!type) {
      const inner = ctx.typeOf?.(selectorOf(data.output_selector));
      type = inner ? `array[${inner}]` : 'array[string]';
    }
    return [{ variable: 'output', type }];
  },
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (selectorOf(data.iterator_selector).length === 0) return 'Iteration input (an array variable) is required';
    if (selectorOf(data.output_selector).length === 0) return 'Iteration output variable is required';
    const parallel = data.parallel_nums;
    if (data.is_parallel === true && typeof parallel === 'number' && (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL_LIMIT)) {
      return `Parallel runs must be a whole number from 1 to ${MAX_PARALLEL_LIMIT}`;
    }
    return undefined;
  },
  // output_selector points into a child, which is not upstream of the iteration: not scanned (4.5).
  usedSelectors: (data): ValueSelector[] => [selectorOf(data.iterator_selector)].filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  container: 'iteration',
  runsLocally: true,
};

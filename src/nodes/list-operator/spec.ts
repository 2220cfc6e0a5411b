/**
 * List Operator (dify-dsl.md 2.16): filter -> extract -> order -> limit over an array.
 * Outputs `result` (the array type) and `first_record` / `last_record` (its element type).
 */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { listOperatorData } from '../../dsl/node-data/list-operator';
import { templateSelectors } from '../../dsl/template-refs';
import { conditionProblem } from '../conditions';
import { FILE_CHILDREN, listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar, type SpecContext } from '../node-spec';

export const LIST_INPUT_TYPES = ['array[string]', 'array[number]', 'array[boolean]', 'array[file]'] as const;

/** The input's array type: the cached `var_type`, else the type of the variable it points to. */
export function listType(data: DslNodeData, ctx?: SpecContext): string {
  const cached = textOf(data.var_type);
  if (cached) return cached;
  const selector = selectorOf(data.variable);
  return (selector.length > 0 && ctx?.typeOf?.(selector)) || '';
}

/** The element type: the cached `item_var_type`, else `array[x]` -> `x`. */
export function listItemType(data: DslNodeData, ctx?: SpecContext): string {
  const cached = textOf(data.item_var_type);
  if (cached) return cached;
  const match = /^array\[(\w+)\]$/.exec(listType(data, ctx));
  return match?.[1] ?? (listType(data, ctx) === 'array' ? 'object' : '');
}

function record(type: string, variable: string): OutputVar {
  return type === 'file' ? { variable, type, children: FILE_CHILDREN } : { variable, type };
}

export const listOperatorSpec: NodeSpec = {
  type: 'list-operator',
  title: 'List Operator',
  classification: 'utilities',
  sort: 2,
  flowType: 'custom',
  schema: listOperatorData,
  defaults: () => ({
    variable: [],
    filter_by: { enabled: false, conditions: [] },
    extract_by: { enabled: false, serial: '1' },
    order_by: { enabled: false, key: '', value: 'asc' },
    limit: { enabled: false, size: 10 },
  }),
  outputs(data, ctx) {
    const type = listType(data, ctx);
    if (!type) return []; // nothing until the input's type is known
    const item = listItemType(data, ctx) || 'string';
    return [{ variable: 'result', type }, record(item, 'first_record'), record(item, 'last_record')];
  },
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data, ctx) {
    if (selectorOf(data.variable).length === 0) return 'Input variable is required';
    const isFiles = listType(data, ctx) === 'array[file]';
    const filter = recordOf(data.filter_by);
    if (filter.enabled === true) {
      const first = listOf(filter.conditions)[0];
      if (first === undefined) return 'Filter condition is required';
      const problem = conditionProblem(first, { itemFilter: { keyRequired: isFiles, itemType: listItemType(data, ctx) } });
      if (problem) return `Filter condition: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
    }
    const extract = recordOf(data.extract_by);
    if (extract.enabled === true && String(extract.serial ?? '').trim() === '') return 'Extract position is required';
    const order = recordOf(data.order_by);
    if (order.enabled === true && isFiles && !textOf(order.key)) return 'The file attribute to order by is not set';
    const limit = recordOf(data.limit);
    if (limit.enabled === true && !(typeof limit.size === 'number' && limit.size >= 1)) return 'Top N must be at least 1';
    return undefined;
  },
  usedSelectors(data) {
    const out: ValueSelector[] = [];
    const variable = selectorOf(data.variable);
    if (variable.length > 0) out.push(variable);
    for (const condition of listOf(recordOf(data.filter_by).conditions)) out.push(...templateSelectors(recordOf(condition).value));
    out.push(...templateSelectors(recordOf(data.extract_by).serial));
    return out;
  },
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

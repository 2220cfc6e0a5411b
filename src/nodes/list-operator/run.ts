/**
 * List operator executor (dify-dsl.md 2.16): filter -> extract (1-based, templated serial) ->
 * order -> limit over array[string|number|boolean|file]; result, first_record, last_record.
 */
import { pyTruthy } from '../../engine/python-values';
import { isFileValue } from '../../engine/file-value';
import type { NodeExecutor } from '../../engine/node-executor';
import { pythonRepr } from '../../engine/python-format';
import type { VariablePool } from '../../engine/variable-pool';
import { listOf, recordOf, selectorOf } from '../node-spec';
import { filterItems, listError, orderItems, type ItemKind } from './filter';

function kindOf(items: unknown[]): ItemKind | undefined {
  if (items.every((x) => typeof x === 'string')) return 'string';
  if (items.every((x) => typeof x === 'number')) return 'number';
  if (items.every((x) => typeof x === 'boolean')) return 'boolean';
  if (items.every(isFileValue)) return 'file';
  return undefined;
}

function extract(items: unknown[], serial: unknown, pool: VariablePool): unknown[] {
  const text = pool.render(String(serial ?? '1')).text.trim();
  if (!/^[+-]?\d+$/.test(text)) listError(`Invalid serial index: '${text}' is not a whole number`);
  const index = Number(text);
  if (index < 1) listError(`Invalid serial index: must be >= 1, got ${index}`);
  if (index > items.length) listError(`Invalid serial index: must be <= ${items.length}, got ${index}`);
  return [items[index - 1]];
}

/** Python's `items[:size]`: a negative size drops that many from the end. */
function limit(items: unknown[], size: unknown): unknown[] {
  const n = typeof size === 'number' ? Math.trunc(size) : -1;
  return items.slice(0, n < 0 ? Math.max(0, items.length + n) : n);
}

export const listOperatorRun: NodeExecutor = async (data, ctx) => {
  const selector = selectorOf(data.variable);
  if (!ctx.pool.has(selector)) listError(`Variable not found for selector: ${pythonRepr(selector)}`);
  const value = ctx.pool.get(selector);
  if (!pyTruthy(value)) {
    return { inputs: { variable: [] }, processData: { variable: [] }, outputs: { result: [], first_record: null, last_record: null } };
  }
  const kind = Array.isArray(value) ? kindOf(value) : undefined;
  if (!Array.isArray(value) || !kind) {
    return listError(`Variable ${pythonRepr(selector)} is not an array of strings, numbers, booleans or files`);
  }
  const inputs = { variable: value };
  let items: unknown[] = value;
  const filterBy = recordOf(data.filter_by);
  if (filterBy.enabled === true) {
    for (const condition of listOf(filterBy.conditions)) items = filterItems(items, kind, condition, ctx.pool);
  }
  const extractBy = recordOf(data.extract_by);
  if (extractBy.enabled === true) items = extract(items, extractBy.serial, ctx.pool);
  const orderBy = recordOf(data.order_by);
  if (orderBy.enabled === true) items = orderItems(items, kind, String(orderBy.key ?? ''), orderBy.value === 'desc');
  const limitBy = recordOf(data.limit);
  if (limitBy.enabled === true) items = limit(items, limitBy.size);
  return {
    inputs,
    processData: { variable: value },
    outputs: { result: items, first_record: items[0] ?? null, last_record: items.at(-1) ?? null },
  };
};

/**
 * The list operator's own filter and order rules (Dify's list_operator node, not the if-else
 * processor): string, number, boolean and file predicates, and file sort keys.
 */
import { pyFloat } from '../../engine/condition-evaluator';
import { pyTypeName } from '../../engine/python-values';
import type { FileValue } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';
import { pythonStr } from '../../engine/python-format';
import type { VariablePool } from '../../engine/variable-pool';
import { recordOf } from '../node-spec';

export type ItemKind = 'string' | 'number' | 'boolean' | 'file';
type Predicate = (x: never) => boolean;

export function listError(message: string): never {
  throw new NodeRunError(message, 'ListOperatorError');
}

const not = <T>(f: (x: T) => boolean) => (x: T) => !f(x);

/** `x in value`: substring when value is a string, membership when it is a list. */
function within(x: string, value: unknown): boolean {
  if (typeof value === 'string') return value.includes(x);
  return Array.isArray(value) && value.some((v) => v === x);
}

function stringPredicate(operator: string, value: string): (x: string) => boolean {
  switch (operator) {
    case 'contains': return (x) => x.includes(value);
    case 'start with': return (x) => x.startsWith(value);
    case 'end with': return (x) => x.endsWith(value);
    case 'is': return (x) => x === value;
    case 'in': return (x) => within(x, value);
    case 'empty': return (x) => x === '';
    case 'not contains': return (x) => !x.includes(value);
    case 'is not': return (x) => x !== value;
    case 'not in': return (x) => !within(x, value);
    case 'not empty': return (x) => x !== '';
    default: return listError(`Invalid condition: ${operator}`);
  }
}

function numberPredicate(operator: string, value: number): (x: number) => boolean {
  switch (operator) {
    case '=': return (x) => x === value;
    case '≠': return (x) => x !== value;
    case '<': return (x) => x < value;
    case '≤': return (x) => x <= value;
    case '>': return (x) => x > value;
    case '≥': return (x) => x >= value;
    default: return listError(`Invalid condition: ${operator}`);
  }
}

function sequencePredicate(operator: string, value: unknown): (x: string) => boolean {
  if (operator === 'in') return (x) => within(x, value);
  if (operator === 'not in') return not((x: string) => within(x, value));
  return listError(`Invalid condition: ${operator}`);
}

const STRING_KEYS = ['name', 'type', 'extension', 'mime_type', 'transfer_method', 'url', 'related_id'];

/** A file attribute as the list operator reads it (`url` is the remote URL only). */
export function fileKey(file: FileValue, key: string): string | number {
  if (key === 'size') return file.size;
  if (!STRING_KEYS.includes(key)) return listError(`Invalid key: ${key}`);
  const raw = key === 'name' ? file.filename : key === 'url' ? file.remote_url : file[key];
  return typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
}

function toNumber(text: string): number {
  try {
    return pyFloat(text);
  } catch (e) {
    return listError(e instanceof Error ? e.message : String(e));
  }
}

function filePredicate(key: string, operator: string, value: unknown): (f: FileValue) => boolean {
  if (['name', 'extension', 'mime_type', 'url', 'related_id'].includes(key) && typeof value === 'string') {
    const test = stringPredicate(operator, value);
    return (f) => test(fileKey(f, key) as string);
  }
  if (key === 'type' || key === 'transfer_method') {
    const test = sequencePredicate(operator, value);
    return (f) => test(fileKey(f, key) as string);
  }
  if (key === 'size' && typeof value === 'string') {
    const test = numberPredicate(operator, toNumber(value));
    return (f) => test(f.size);
  }
  return listError(`Invalid key: ${key}`);
}

/** One filter condition applied to the items, as Dify's `_apply_filter` does for each. */
export function filterItems(items: unknown[], kind: ItemKind, condition: unknown, pool: VariablePool): unknown[] {
  const c = recordOf(condition);
  const operator = String(c.comparison_operator ?? 'contains');
  const raw = c.value ?? '';
  let test: Predicate;
  if (kind === 'string' || kind === 'number') {
    if (typeof raw !== 'string') listError(`Invalid filter value: ${pythonStr(raw)}`);
    const text = pool.render(raw).text;
    test = kind === 'string' ? stringPredicate(operator, text) : numberPredicate(operator, toNumber(text));
  } else if (kind === 'file') {
    if (typeof raw === 'boolean') listError(`File filter expects a string value, got ${pyTypeName(raw)}`);
    test = filePredicate(String(c.key ?? ''), operator, typeof raw === 'string' ? pool.render(raw).text : raw);
  } else {
    if (typeof raw !== 'boolean') listError(`Boolean filter expects a boolean value, got ${pyTypeName(raw)}`);
    if (operator !== 'is' && operator !== 'is not') listError(`Invalid condition: ${operator}`);
    test = (x: boolean) => (x === raw) === (operator === 'is');
  }
  return items.filter((x) => test(x as never));
}

/** Python's ordering of str (code points), numbers and booleans. */
function comparePrimitive(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [[...a], [...b]];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }
  return Number(a) - Number(b);
}

/** Stable sort, ascending or descending; files by `key`. */
export function orderItems(items: unknown[], kind: ItemKind, key: string, descending: boolean): unknown[] {
  let sortKey = (x: unknown): unknown => x;
  if (kind === 'file') {
    if (key !== 'size' && !STRING_KEYS.includes(key)) listError(`Invalid order key: ${key}`);
    sortKey = (f) => fileKey(f as FileValue, key);
  }
  const sign = descending ? -1 : 1;
  return [...items].sort((a, b) => sign * comparePrimitive(sortKey(a), sortKey(b)));
}

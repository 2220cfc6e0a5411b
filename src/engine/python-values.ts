/** Python's value semantics on JSON-like values: truthiness, `==`, type names in error messages. */
import { isFileValue } from './file-value';

export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && !isFileValue(v)) return Object.keys(v).length > 0;
  return true;
}

export const isNumeric = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Python's `==` on JSON-like values (True == 1, 1 == 1.0, lists and dicts compared deeply). */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEquals(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && pyEquals(a[k], b[k]));
  }
  return a === b;
}

/** `<class 'str'>` and friends, for error messages worded like Dify's. */
export function pyTypeName(v: unknown): string {
  let name = 'dict';
  if (v === null || v === undefined) name = 'NoneType';
  else if (typeof v === 'boolean') name = 'bool';
  else if (typeof v === 'number') name = Number.isInteger(v) ? 'int' : 'float';
  else if (typeof v === 'string') name = 'str';
  else if (Array.isArray(v)) name = 'list';
  else if (isFileValue(v)) name = 'File';
  return `<class '${name}'>`;
}

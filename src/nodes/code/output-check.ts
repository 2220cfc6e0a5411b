/**
 * The code node's result checked against its declared outputs, as Dify's `_transform_result`
 * does (dify-dsl.md 2.8, limits in 5.5), with Dify's error messages. Nulls are allowed for
 * every output; booleans count as numbers (Python's bool is an int) and become 0/1 there.
 */
import { pyTypeName } from '../../engine/python-values';
import { NodeRunError } from '../../engine/node-executor';

export const CODE_LIMITS = {
  maxStringLength: 400_000,
  /** ±9,223,372,036,854,775,807: as doubles, anything at or beyond ±2^63 is out of range. */
  maxNumber: 2 ** 63,
  maxPrecision: 20,
  maxDepth: 5,
  maxStringArrayLength: 30,
  maxObjectArrayLength: 30,
  maxNumberArrayLength: 1000,
};
const MAX_TEXT = '9223372036854775807';
const MIN_TEXT = '-9223372036854775807';

export interface DeclaredOutput {
  type?: unknown;
  children?: unknown;
}
type Schema = Record<string, DeclaredOutput | null | undefined>;
type Obj = Record<string, unknown>;

const fail = (message: string, errorType = 'OutputValidationError'): never => {
  throw new NodeRunError(message, errorType);
};
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
const typeName = (v: unknown) => pyTypeName(v).slice(8, -2);

function checkString(value: unknown, variable: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return fail(`Output ${variable} must be a string, got ${typeName(value)} instead`);
  if (value.length > CODE_LIMITS.maxStringLength && [...value].length > CODE_LIMITS.maxStringLength) {
    fail(`The length of output variable \`${variable}\` must be less than ${CODE_LIMITS.maxStringLength} characters`);
  }
  return value.replace(/\0/g, '');
}

/** Decimal places of a float as Python's Decimal(str(x)).normalize() counts them. */
function decimalPlaces(n: number): number {
  const [mantissa, exp] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return Math.max(0, digits.length - 1 - Number(exp));
}

function checkNumber(value: number | boolean | null | undefined, variable: string): number | boolean | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  if (n >= CODE_LIMITS.maxNumber || n <= -CODE_LIMITS.maxNumber || Number.isNaN(n)) {
    fail(`Output variable \`${variable}\` is out of range, it must be between ${MIN_TEXT} and ${MAX_TEXT}.`);
  }
  if (!Number.isInteger(n) && decimalPlaces(n) > CODE_LIMITS.maxPrecision) {
    fail(`Output variable \`${variable}\` has too high precision, it must be less than ${CODE_LIMITS.maxPrecision} digits.`);
  }
  return value;
}

const boolToInt = (v: unknown): unknown => (typeof v === 'boolean' ? Number(v) : v);

/** Outputs with no declared schema (inside objects): validated by what they are, returned as is. */
function checkUntyped(result: Obj, prefix: string, depth: number): Obj {
  if (depth > CODE_LIMITS.maxDepth) fail(`Depth limit ${CODE_LIMITS.maxDepth} reached, object too deep.`, 'DepthLimitError');
  for (const [name, value] of Object.entries(result)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (isObj(value)) checkUntyped(value, path, depth + 1);
    else if (typeof value === 'number') checkNumber(value, path);
    else if (typeof value === 'string') checkString(value, path);
    else if (Array.isArray(value) && value.length > 0 && value[0] !== null) {
      const first: unknown = value[0];
      const all = (test: (x: unknown) => boolean) => value.every((x) => x === null || test(x));
      // Python's bool is an int: lists of booleans pass as numbers.
      if (isNum(first) && all(isNum)) value.forEach((x, i) => checkNumber(x as number, `${path}[${i}]`));
      else if (typeof first === 'string' && all((x) => typeof x === 'string')) value.forEach((x, i) => checkString(x, `${path}[${i}]`));
      else if ((isObj(first) && all(isObj)) || (Array.isArray(first) && all(Array.isArray))) {
        value.forEach((x, i) => {
          if (x === null) return;
          // Dify recurses with `.items()`, which a nested list does not have.
          if (!isObj(x)) fail(`Output ${path}[${i}] is a list inside a list; Dify only validates objects there.`);
          checkUntyped(x, `${path}[${i}]`, depth + 1);
        });
      } else {
        fail(`Output ${prefix}.${name} is not a valid array. make sure all elements are of the same type.`);
      }
    }
  }
  return result;
}

function notArray(value: unknown, where: string): null {
  if (value === null || value === undefined) return null;
  return fail(`Output ${where} is not an array, got ${pyTypeName(value)} instead.`);
}

function tooLong(array: unknown[], limit: number, where: string): void {
  if (array.length > limit) fail(`The length of output variable \`${where}\` must be less than ${limit} elements.`);
}

function checkDeclared(result: Obj, schema: Schema, prefix: string, depth: number): Obj {
  if (depth > CODE_LIMITS.maxDepth) fail(`Depth limit ${CODE_LIMITS.maxDepth} reached, object too deep.`, 'DepthLimitError');
  const out: Obj = {};
  const dot = prefix ? '.' : '';
  for (const [name, declared] of Object.entries(schema)) {
    const where = `${prefix}${dot}${name}`;
    if (!Object.hasOwn(result, name)) fail(`Output ${where} is missing.`);
    const value = result[name];
    const type = declared?.type;
    const children = isObj(declared?.children) ? (declared.children as Schema) : undefined;
    switch (type) {
      case 'object':
        if (!isObj(value)) out[name] = value === null ? null : fail(`Output ${where} is not an object, got ${pyTypeName(value)} instead.`);
        else out[name] = children ? checkDeclared(value, children, `${prefix}.${name}`, depth + 1) : checkUntyped(value, `${prefix}.${name}`, depth + 1);
        break;
      case 'number':
        if (value !== null && !isNum(value)) fail(`Output ${where} is not a number, got ${pyTypeName(value)} instead.`);
        out[name] = boolToInt(checkNumber(value as number | null, where));
        break;
      case 'string':
        out[name] = checkString(value, where);
        break;
      case 'boolean':
        out[name] = value;
        break;
      case 'array[number]':
        if (!Array.isArray(value)) out[name] = notArray(value, where);
        else {
          tooLong(value, CODE_LIMITS.maxNumberArrayLength, where);
          value.forEach((x, i) => {
            if (!isNum(x)) fail(`The element at index ${i} of output variable \`${where}\` must be a number.`);
            checkNumber(x, `${where}[${i}]`);
          });
          out[name] = value.map(boolToInt);
        }
        break;
      case 'array[string]':
        if (!Array.isArray(value)) out[name] = notArray(value, where);
        else {
          tooLong(value, CODE_LIMITS.maxStringArrayLength, where);
          out[name] = value.map((x, i) => checkString(x, `${where}[${i}]`));
        }
        break;
      case 'array[object]':
        if (!Array.isArray(value)) out[name] = notArray(value, where);
        else {
          tooLong(value, CODE_LIMITS.maxObjectArrayLength, where);
          value.forEach((x, i) => {
            if (x !== null && !isObj(x)) fail(`Output ${where}[${i}] is not an object, got ${pyTypeName(x)} instead at index ${i}.`);
          });
          out[name] = value.map((x, i) => {
            if (x === null) return null;
            const path = `${where}[${i}]`;
            return children ? checkDeclared(x as Obj, children, path, depth + 1) : checkUntyped(x as Obj, path, depth + 1);
          });
        }
        break;
      case 'array[boolean]':
        if (!Array.isArray(value)) out[name] = notArray(value, where);
        else {
          value.forEach((x, i) => {
            if (x !== null && typeof x !== 'boolean') fail(`Output ${where}[${i}] is not a boolean, got ${pyTypeName(x)} instead.`);
          });
          out[name] = value;
        }
        break;
      default:
        fail(`Output type ${String(type ?? 'None')} is not supported.`);
    }
  }
  if (Object.keys(schema).length !== Object.keys(result).length) fail('Not all output parameters are validated.', 'CodeNodeError');
  return out;
}

/**
 * Check `result` (what `main` returned) against the declared `outputs` and return the values
 * the node outputs. Throws NodeRunError (OutputValidationError, DepthLimitError, CodeNodeError).
 */
export function checkCodeOutputs(result: Record<string, unknown>, outputs: Record<string, unknown>): Record<string, unknown> {
  return checkDeclared(result, outputs as Schema, '', 1);
}

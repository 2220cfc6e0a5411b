/**
 * Conditions as Dify's ConditionProcessor evaluates them (dify-dsl.md 5.8): if-else cases and
 * loop break conditions. Python semantics throughout: truthiness, `==` (1 == True), `in`,
 * int()/float() conversions. Pure apart from reading (and rendering against) the pool.
 */
import { normalizeSelector, type ValueSelector } from '../dsl';
import { fileAttribute, isFileValue, type FileValue } from './file-value';
import { pythonRepr, pythonStr } from './python-format';
import { isNumeric, isPlainObject, pyEquals, pyTruthy, pyTypeName } from './python-values';
import type { VariablePool } from './variable-pool';

/** A condition the processor cannot evaluate (missing variable, wrong types...). */
export class ConditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConditionError';
  }
}

export interface ConditionInput {
  actual_value: unknown;
  expected_value: unknown;
  comparison_operator: string;
}

export interface ConditionCheckResult {
  /** What was compared (not for exists/file sub-conditions, as in Dify). */
  inputs: ConditionInput[];
  /** One result per evaluated condition; stops at the short-circuit. */
  results: boolean[];
  final: boolean;
}

const FILE_ATTRIBUTES = ['type', 'size', 'name', 'mime_type', 'transfer_method', 'url', 'extension', 'related_id'];

// ---- Python conversions ------------------------------------------------------------------

const INT_TEXT = /^[+-]?\d(?:_?\d)*$/;
const FLOAT_TEXT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_WORDS = /^[+-]?(?:inf|infinity|nan)$/i;

/** Python's int(): truncates floats, parses decimal text (underscores allowed). */
export function pyInt(v: unknown): number {
  if (typeof v === 'boolean') return Number(v);
  if (typeof v === 'number') return Math.trunc(v);
  const text = String(v).trim();
  if (typeof v === 'string' && INT_TEXT.test(text)) return Number(text.replace(/_/g, ''));
  throw new ConditionError(`invalid literal for int() with base 10: ${pythonRepr(v)}`);
}

/** Python's float(). */
export function pyFloat(v: unknown): number {
  if (isNumeric(v)) return Number(v);
  const text = String(v).trim();
  if (typeof v === 'string' && FLOAT_TEXT.test(text)) return Number(text.replace(/_/g, ''));
  if (typeof v === 'string' && FLOAT_WORDS.test(text)) return text.toLowerCase().includes('nan') ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  throw new ConditionError(`could not convert string to float: ${pythonRepr(v)}`);
}

/** `x in container`: substring for str, membership (Python ==) for lists. */
function pyIn(item: unknown, container: unknown): boolean {
  if (typeof container === 'string') return container.includes(typeof item === 'string' ? item : pythonStr(item));
  return Array.isArray(container) && container.some((x) => pyEquals(x, item));
}

// ---- operators ---------------------------------------------------------------------------

function stringOrArray(value: unknown): string | unknown[] {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  throw new ConditionError('Invalid actual value type: string or array');
}

function contains(value: unknown, expected: unknown): boolean {
  const container = stringOrArray(value);
  return typeof container === 'string' ? container.includes(typeof expected === 'string' ? expected : pythonStr(expected)) : pyIn(expected, container);
}

function affix(value: unknown, expected: unknown, which: 'startswith' | 'endswith'): boolean {
  if (!pyTruthy(value)) return false;
  if (typeof value !== 'string') throw new ConditionError('Invalid actual value type: string');
  if (typeof expected !== 'string') throw new ConditionError(`Expected value must be a string for ${which}`);
  return which === 'startswith' ? value.startsWith(expected) : value.endsWith(expected);
}

function isEqual(value: unknown, expected: unknown): boolean {
  if (typeof value === 'boolean') {
    if (!isNumeric(expected) && typeof expected !== 'string') throw new ConditionError(`Cannot convert ${pyTypeName(expected)} to bool`);
    return value === pyTruthy(expected);
  }
  if (typeof value !== 'number') throw new ConditionError('Invalid actual value type: number or boolean');
  if (!isNumeric(expected) && typeof expected !== 'string') {
    throw new ConditionError(`Cannot convert ${pyTypeName(expected)} to ${Number.isInteger(value) ? 'int' : 'float'}`);
  }
  return value === (Number.isInteger(value) ? pyInt(expected) : pyFloat(expected));
}

function ordered(value: unknown, expected: unknown, test: (a: number, b: number) => boolean): boolean {
  if (value === null || value === undefined) return false;
  if (!isNumeric(value)) throw new ConditionError('Invalid actual value type: number');
  if (!isNumeric(expected) && typeof expected !== 'string') throw new ConditionError(`Cannot convert ${pyTypeName(expected)} to number`);
  let b: number;
  try {
    b = pyFloat(expected);
  } catch {
    throw new ConditionError(`Cannot convert ${pythonRepr(expected)} to number`);
  }
  return test(Number(value), b);
}

function allOf(value: unknown, expected: unknown[]): boolean {
  if (expected.every((x) => typeof x === 'string')) {
    if (!pyTruthy(value) || (typeof value !== 'string' && !Array.isArray(value))) return false;
    return expected.every((x) => pyIn(x, value));
  }
  if (expected.every((x) => typeof x === 'boolean')) {
    if (!pyTruthy(value) || !Array.isArray(value)) return false;
    return expected.every((x) => pyIn(x, value));
  }
  throw new ConditionError('all of operator expects homogeneous list of strings or booleans');
}

/** One comparison, exactly as Dify's `_evaluate_condition`. Throws ConditionError. */
export function compareValues(operator: string, value: unknown, expected: unknown): boolean {
  const isNull = value === null || value === undefined;
  switch (operator) {
    case 'contains': return pyTruthy(value) && contains(value, expected);
    case 'not contains': return !pyTruthy(value) || !contains(value, expected);
    case 'start with': return affix(value, expected, 'startswith');
    case 'end with': return affix(value, expected, 'endswith');
    case 'is':
    case 'is not': {
      if (isNull) return false;
      if (typeof value !== 'string' && typeof value !== 'boolean') throw new ConditionError('Invalid actual value type: string or boolean');
      return pyEquals(value, expected) === (operator === 'is');
    }
    case 'empty': return !pyTruthy(value);
    case 'not empty': return pyTruthy(value);
    case '=': return !isNull && isEqual(value, expected);
    case '≠': return !isNull && !isEqual(value, expected);
    case '>': return ordered(value, expected, (a, b) => a > b);
    case '<': return ordered(value, expected, (a, b) => a < b);
    case '≥': return ordered(value, expected, (a, b) => a >= b);
    case '≤': return ordered(value, expected, (a, b) => a <= b);
    case 'null': case 'not exists': return isNull;
    case 'not null': case 'exists': return !isNull;
    case 'in':
    case 'not in': {
      if (!pyTruthy(value)) return operator === 'not in';
      if (!Array.isArray(expected)) throw new ConditionError('Invalid expected value type: array');
      return pyIn(value, expected) === (operator === 'in');
    }
    case 'all of':
      if (Array.isArray(expected)) return allOf(value, expected);
      break;
  }
  throw new ConditionError(`Unsupported operator: ${operator}`);
}

// ---- conditions over the pool ------------------------------------------------------------

function record(v: unknown): Record<string, unknown> {
  return isPlainObject(v) ? v : {};
}

/** Dify's `_convert_to_bool`: expected values against boolean variables are read as JSON. */
function toBool(v: unknown): boolean {
  if (typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v))) return v !== 0 && v !== false;
  if (typeof v === 'string') {
    let loaded: unknown;
    try {
      loaded = JSON.parse(v);
    } catch {
      throw new ConditionError(`Cannot read ${pythonRepr(v)} as a boolean: use true, false, 1 or 0`);
    }
    const integral = typeof loaded === 'number' && Number.isInteger(loaded) && !/[.eE]/.test(v);
    if (typeof loaded === 'boolean' || integral) return loaded !== 0 && loaded !== false;
  }
  throw new ConditionError(`unexpected value: type=${pyTypeName(v)}, value=${pythonStr(v)}`);
}

function subConditionsHold(files: FileValue[], sub: Record<string, unknown>): boolean {
  const results = (Array.isArray(sub.conditions) ? sub.conditions : []).map((raw) => {
    const c = record(raw);
    const key = String(c.key ?? '');
    if (!FILE_ATTRIBUTES.includes(key)) throw new ConditionError(`'${key}' is not a valid FileAttribute`);
    const operator = String(c.comparison_operator ?? '');
    let expected = c.value;
    let values = files.map((f) => fileAttribute(f, key));
    if (key === 'extension') {
      if (typeof expected !== 'string') throw new ConditionError('Expected value must be a string when key is FileAttribute.EXTENSION');
      if (expected && !expected.startsWith('.')) expected = `.${expected}`;
      values = values.map((v) => (typeof v === 'string' && v && !v.startsWith('.') ? `.${v}` : v));
    }
    const each = values.map((v) => compareValues(operator, v, expected));
    return operator.includes('not') ? each.every(Boolean) : each.some(Boolean);
  });
  return sub.logical_operator === 'or' ? results.some(Boolean) : results.every(Boolean);
}

function isFileList(value: unknown, varType: unknown): value is FileValue[] {
  if (!Array.isArray(value)) return false;
  return value.length > 0 ? value.every(isFileValue) : varType === 'array[file]';
}

/**
 * Evaluate `conditions` joined by `logicalOperator` (and/or, short-circuit), reading variables
 * from the pool. A variable that is not in the pool throws "Variable [...] not found".
 */
export function evaluateConditions(pool: VariablePool, conditions: unknown, logicalOperator: unknown): ConditionCheckResult {
  const isOr = logicalOperator === 'or';
  const inputs: ConditionInput[] = [];
  const results: boolean[] = [];
  for (const raw of Array.isArray(conditions) ? conditions : []) {
    const c = record(raw);
    const selector: ValueSelector = Array.isArray(c.variable_selector) ? c.variable_selector.map(String) : [];
    if (!pool.has(selector)) throw new ConditionError(`Variable ${pythonRepr(normalizeSelector(selector))} not found`);
    const actual = pool.get(selector) ?? null;
    const operator = String(c.comparison_operator ?? '');
    let result: boolean;
    if (isFileList(actual, c.varType) && ['contains', 'not contains', 'all of'].includes(operator)) {
      if (!isPlainObject(c.sub_variable_condition)) throw new ConditionError('Sub variable is required');
      result = subConditionsHold(actual, c.sub_variable_condition);
    } else if (operator === 'exists' || operator === 'not exists') {
      result = compareValues(operator, actual, null);
    } else {
      let expected = c.value ?? null;
      if (typeof expected === 'string') expected = pool.render(expected).text;
      const booleanVariable = typeof actual === 'boolean' || (Array.isArray(actual) && actual.length > 0 && actual.every((x) => typeof x === 'boolean'));
      if (booleanVariable && expected !== null) expected = Array.isArray(expected) ? expected.map(toBool) : toBool(expected);
      inputs.push({ actual_value: actual, expected_value: expected, comparison_operator: operator });
      result = compareValues(operator, actual, expected);
    }
    results.push(result);
    if (isOr === result) return { inputs, results, final: result };
  }
  return { inputs, results, final: isOr ? results.some(Boolean) : results.every(Boolean) };
}

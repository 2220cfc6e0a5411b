/**
 * The assigner's rules (dify-dsl.md 2.12), as Dify's v2 helpers state them: which operation
 * fits which variable type, where constants and variables are allowed, what value is valid,
 * and what each operation writes. A variable's type is read from its current value.
 */
import { isFileValue } from '../../engine/file-value';

const ARITHMETIC = ['+=', '-=', '*=', '/='];
const NUMBER_TYPES = ['number', 'integer', 'float'];

/** Dify's SegmentType of a value: `array[any]` for an empty or mixed list, `none` for null. */
export function valueType(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (isFileValue(value)) return 'file';
  if (!Array.isArray(value)) return 'object';
  const types = new Set(value.map(valueType));
  if (types.size !== 1) return 'array[any]';
  const [only] = types;
  return only === 'none' || only!.startsWith('array') ? 'array[any]' : `array[${only}]`;
}

const isArrayType = (type: string) => type.startsWith('array');

export function isOperationSupported(type: string, operation: string): boolean {
  switch (operation) {
    case 'over-write': case 'clear': return true;
    case 'set': return ['object', 'string', 'boolean', ...NUMBER_TYPES].includes(type);
    case '+=': case '-=': case '*=': case '/=': return NUMBER_TYPES.includes(type);
    case 'append': case 'extend': case 'remove-first': case 'remove-last': return isArrayType(type);
    default: return false;
  }
}

export function isVariableInputSupported(operation: string): boolean {
  return operation !== 'set' && !ARITHMETIC.includes(operation);
}

export function isConstantInputSupported(type: string, operation: string): boolean {
  if (['string', 'object', 'boolean'].includes(type)) return operation === 'over-write' || operation === 'set';
  if (NUMBER_TYPES.includes(type)) return operation === 'over-write' || operation === 'set' || ARITHMETIC.includes(operation);
  return false;
}

const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v: unknown): boolean => typeof v === 'number' || typeof v === 'boolean'; // Python's bool is an int
const ELEMENT_TESTS: Record<string, (v: unknown) => boolean> = {
  'array[any]': (v) => typeof v === 'string' || isNumber(v) || isObject(v),
  'array[string]': (v) => typeof v === 'string',
  'array[number]': isNumber,
  'array[object]': isObject,
  'array[boolean]': (v) => typeof v === 'boolean',
};

export function isInputValueValid(type: string, operation: string, value: unknown): boolean {
  if (operation === 'clear' || operation === 'remove-first' || operation === 'remove-last') return true;
  if (type === 'string') return typeof value === 'string';
  if (type === 'boolean') return typeof value === 'boolean';
  if (NUMBER_TYPES.includes(type)) return isNumber(value) && !(operation === '/=' && Number(value) === 0);
  if (type === 'object') return isObject(value);
  const element = ELEMENT_TESTS[type];
  if (!element) return false;
  if (operation === 'append') return element(value);
  if (operation === 'extend' || operation === 'over-write') return Array.isArray(value) && value.every(element);
  return false;
}

/** What `clear` writes: the type's zero value. */
export function zeroValue(type: string): unknown {
  if (isArrayType(type)) return [];
  switch (type) {
    case 'string': return '';
    case 'number': case 'integer': case 'float': return 0;
    case 'boolean': return false;
    case 'object': return {};
    default: return undefined;
  }
}

/** The new value of `current` after `operation` with `value` (already validated). */
export function applyOperation(current: unknown, type: string, operation: string, value: unknown): unknown {
  const list = Array.isArray(current) ? current : [];
  switch (operation) {
    case 'clear': return zeroValue(type);
    case 'append': return [...list, value];
    case 'extend': return [...list, ...(value as unknown[])];
    case '+=': return Number(current) + Number(value);
    case '-=': return Number(current) - Number(value);
    case '*=': return Number(current) * Number(value);
    case '/=': return Number(current) / Number(value);
    case 'remove-first': return list.length === 0 ? current : list.slice(1);
    case 'remove-last': return list.length === 0 ? current : list.slice(0, -1);
    default: return value; // over-write, set
  }
}

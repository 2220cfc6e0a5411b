/**
 * The run's inputs checked against the start form, as Dify's app generator does before a run
 * (`_validate_inputs`, dify-dsl.md 2.1): required, defaults, types, options, lengths.
 */
import { pyTruthy } from '../../engine/python-values';
import { NodeRunError } from '../../engine/node-executor';
import { pythonRepr } from '../../engine/python-format';
import { recordOf, textOf } from '../node-spec';

const INT_TEXT = /^[+-]?\d(?:_?\d)*$/;
const FLOAT_TEXT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

function invalid(message: string): never {
  throw new NodeRunError(message, 'InputValidationError');
}

/** Python's len() of a str counts code points, not UTF-16 units. */
const codePoints = (s: string): number => [...s].length;

/** Number inputs: numbers pass; text with a '.' is read as a float, otherwise as an int. */
function numberInput(name: string, value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string') invalid(`${name} in input form must be a number, got ${pythonRepr(value)}`);
  const text = value.trim();
  if (!text) return null;
  const ok = value.includes('.') ? FLOAT_TEXT.test(text) : INT_TEXT.test(text);
  if (!ok) invalid(`${name} in input form must be a valid number`);
  return Number(text.replace(/_/g, ''));
}

function checkboxInput(value: unknown): unknown {
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
  } else if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  }
  return value;
}

const isMapping = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One input, checked and normalised; `null` when unset and optional. */
function validateInput(variable: unknown, raw: unknown): unknown {
  const v = recordOf(variable);
  const name = textOf(v.variable);
  const type = textOf(v.type);
  const maxLength = typeof v.max_length === 'number' ? v.max_length : 0;
  let value = raw ?? null;
  if (value === null) {
    if (v.required === true) invalid(`${name} is required in input form`);
    value = v.default ?? null;
    if (value === null) return null;
  }
  if ((type === 'file' || type === 'file-list') && v.required !== true && value === '') return null;
  if (['text-input', 'select', 'paragraph'].includes(type) && typeof value !== 'string') {
    invalid(`(type '${type}') ${name} in input form must be a string`);
  }
  switch (type) {
    case 'number':
      return numberInput(name, value);
    case 'select': {
      const options = Array.isArray(v.options) ? v.options : [];
      if (!options.includes(value)) invalid(`${name} in input form must be one of the following: ${pythonRepr(options)}`);
      return value;
    }
    case 'text-input':
    case 'paragraph':
      if (maxLength && codePoints(value as string) > maxLength) invalid(`${name} in input form must be less than ${maxLength} characters`);
      return value;
    case 'file':
      if (!isMapping(value)) invalid(`${name} in input form must be a file`);
      return value;
    case 'file-list':
      if (!Array.isArray(value) || !value.every(isMapping)) invalid(`${name} in input form must be a list of files`);
      if (maxLength && value.length > maxLength) invalid(`${name} in input form must be less than ${maxLength} files`);
      return value;
    case 'checkbox':
      return checkboxInput(value);
    case 'json_object':
      if (pyTruthy(value) && !isMapping(value)) invalid(`${name} in input form must be a JSON object (a mapping), got ${pythonRepr(value)}`);
      return value;
    default:
      return value;
  }
}

/** Mappings are only for file and JSON inputs, lists of mappings only for file lists. */
function checkShape(variable: unknown, value: unknown): unknown {
  const v = recordOf(variable);
  const type = textOf(v.type);
  const misplacedMapping = isMapping(value) && type !== 'file' && type !== 'json_object';
  const misplacedList = Array.isArray(value) && value.some(isMapping) && type !== 'file-list';
  if (misplacedMapping || misplacedList) invalid(`Invalid input type for ['${textOf(v.variable)}']: a ${type} input cannot hold ${pythonRepr(value)}`);
  return value;
}

/** One input, checked, normalised and sanitised. */
export function acceptInput(variable: unknown, raw: unknown): unknown {
  return checkShape(variable, sanitizeInput(validateInput(variable, raw)));
}

/** Strings lose their NUL characters, as Dify's `_sanitize_value` does. */
export function sanitizeInput(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\0/g, '') : value;
}

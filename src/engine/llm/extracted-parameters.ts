/**
 * The parameter extractor's parameters (dify-dsl.md 2.15): their JSON schema for the model,
 * and Dify's checks and coercions of what the model returned. A failed check marks the run
 * unsuccessful but still yields values; anything missing or unusable gets its type's default.
 */

export interface ExtractorParameter {
  name: string;
  /** string, number, boolean, select, object, array[string|number|object|boolean] (`bool` is boolean). */
  type: string;
  description: string;
  options: string[];
  required: boolean;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function baseType(type: string): string {
  if (type === 'bool') return 'boolean';
  if (type === 'select' || type === '') return 'string';
  return type;
}

export function extractorParameters(raw: unknown): ExtractorParameter[] {
  return (Array.isArray(raw) ? raw : []).map(record).filter((p) => typeof p.name === 'string' && p.name !== '').map((p) => ({
    name: p.name as string,
    type: baseType(typeof p.type === 'string' ? p.type : ''),
    description: typeof p.description === 'string' ? p.description : '',
    options: Array.isArray(p.options) ? p.options.filter((o): o is string => typeof o === 'string') : [],
    required: p.required === true,
  }));
}

const ITEM = /^array\[(\w+)\]$/;

export function parameterJsonSchema(parameters: ExtractorParameter[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const p of parameters) {
    const item = ITEM.exec(p.type)?.[1];
    const property: Record<string, unknown> = item ? { type: 'array', items: { type: item } } : { type: p.type };
    property.description = p.description;
    if (p.type === 'string' && p.options.length > 0) property.enum = p.options;
    properties[p.name] = property;
  }
  return { type: 'object', properties, required: parameters.filter((p) => p.required).map((p) => p.name) };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function matchesType(type: string, value: unknown): boolean {
  const item = ITEM.exec(type)?.[1];
  if (item) return Array.isArray(value) && value.every((v) => matchesType(item, v));
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'object': return isObject(value);
    default: return value !== undefined;
  }
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Dify's checks, in its order; the first failure's message, or undefined when all pass. */
export function parameterProblem(parameters: ExtractorParameter[], result: Record<string, unknown>): string | undefined {
  if (Object.keys(result).length !== parameters.length) return 'Invalid number of parameters';
  for (const p of parameters) {
    if (p.required && !Object.hasOwn(result, p.name)) return `Parameter ${p.name} is required`;
    const value = result[p.name];
    if (!matchesType(p.type, value)) return `Invalid value for parameter ${p.name}: expected ${p.type}, got ${typeName(value)} ${JSON.stringify(value) ?? ''}`.trim();
    if (p.type === 'string' && p.options.length > 0 && !p.options.includes(value as string)) return `Invalid \`select\` value for parameter ${p.name}`;
  }
  return undefined;
}

const UNSET = Symbol('unset');

function toNumber(value: unknown): number | typeof UNSET {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : UNSET;
  if (typeof value !== 'string') return UNSET;
  const text = value.trim();
  if (text.includes('.')) return text !== '' && Number.isFinite(Number(text)) ? Number(text) : UNSET;
  return /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : UNSET;
}

function coerce(type: string, value: unknown, item = false): unknown {
  switch (type) {
    case 'number': return toNumber(value);
    // A list item must already be a boolean; a single value may also be an integer.
    case 'boolean': return typeof value === 'boolean' ? value : !item && Number.isInteger(value) ? value !== 0 : UNSET;
    case 'string': return typeof value === 'string' ? value : UNSET;
    case 'object': return isObject(value) ? value : UNSET;
    default: return UNSET;
  }
}

export function defaultValue(type: string): unknown {
  if (ITEM.test(type)) return [];
  if (type === 'number') return 0;
  if (type === 'boolean') return false;
  if (type === 'object') return {};
  return '';
}

/** Every parameter with a value of its type: coerced where Dify coerces, else the default. */
export function coerceParameters(parameters: ExtractorParameter[], result: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of parameters) {
    const value = result[p.name];
    const item = ITEM.exec(p.type)?.[1];
    let coerced: unknown = UNSET;
    if (!Object.hasOwn(result, p.name)) coerced = UNSET;
    else if (item) coerced = Array.isArray(value) ? value.map((v) => coerce(item, v, true)).filter((v) => v !== UNSET) : UNSET;
    else coerced = coerce(p.type, value);
    out[p.name] = coerced === UNSET ? defaultValue(p.type) : coerced;
  }
  return out;
}

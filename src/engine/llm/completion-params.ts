/**
 * Dify's `completion_params` mapped onto an OpenAI chat request. Known parameters pass with
 * their JSON types fixed (numbers given as text become numbers); unknown ones are dropped.
 */

const NUMBER_PARAMS = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'] as const;
const INTEGER_PARAMS = ['max_tokens', 'seed'] as const;

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function stopOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value === '' ? undefined : [value];
  if (Array.isArray(value)) {
    const stops = value.filter((s): s is string => typeof s === 'string' && s !== '');
    return stops.length > 0 ? stops : undefined;
  }
  return undefined;
}

function parseSchema(value: unknown): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Dify stores `response_format` as a word (`text`, `json_object`, `json_schema`) with the schema
 * in a separate `json_schema` parameter (JSON text); OpenAI wants an object.
 */
function responseFormatOf(value: unknown, jsonSchema: unknown): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (value === 'json_object') return { type: 'json_object' };
  if (value === 'json_schema') {
    const schema = parseSchema(jsonSchema);
    if (!schema) return undefined;
    // Dify's form holds either {name, schema, strict} or a bare schema.
    const wrapped = schema.schema !== undefined && typeof schema.name === 'string' ? schema : { name: 'output', schema };
    return { type: 'json_schema', json_schema: wrapped };
  }
  return undefined;
}

export function mapCompletionParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of NUMBER_PARAMS) {
    const n = numberOf(params[key]);
    if (n !== undefined) out[key] = n;
  }
  for (const key of INTEGER_PARAMS) {
    const n = numberOf(params[key]);
    if (n !== undefined) out[key] = Math.trunc(n);
  }
  const stop = stopOf(params.stop);
  if (stop) out.stop = stop;
  const responseFormat = responseFormatOf(params.response_format, params.json_schema);
  if (responseFormat) out.response_format = responseFormat;
  return out;
}

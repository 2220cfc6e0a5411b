/** Output variables described by a JSON schema (structured output, json_object inputs, plugin schemas). */
import { FILE_CHILDREN, recordOf, type OutputVar, type VarType } from './node-spec';

/** An output variable; a single file gets its sub-fields as children. */
export function outputVar(variable: string, type: VarType): OutputVar {
  return type === 'file' ? { variable, type, children: FILE_CHILDREN.map((f) => ({ ...f })) } : { variable, type };
}

const ARRAY_ITEM_TYPES: Record<string, VarType> = {
  string: 'array[string]', number: 'array[number]', integer: 'array[number]', boolean: 'array[boolean]',
  object: 'array[object]', file: 'array[file]',
};

/** The JSON-schema type of a property: `type` (first non-null of a list), else implied by its keys. */
function schemaType(schema: Record<string, unknown>): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/** The VarType Dify gives a JSON-schema property (integer stays integer, as Dify keeps it). */
export function jsonSchemaVarType(schema: Record<string, unknown>): VarType {
  const type = schemaType(schema);
  if (type === 'array') {
    const items = recordOf(Array.isArray(schema.items) ? schema.items[0] : schema.items);
    return ARRAY_ITEM_TYPES[schemaType(items) ?? ''] ?? 'array';
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'object' || type === 'file') return type;
  return 'any';
}

/** Output variables from a JSON schema's `properties`: objects get their child tree, files their fields. */
export function jsonSchemaVars(schema: unknown, depth = 0): OutputVar[] {
  if (depth > 10) return [];
  return Object.entries(recordOf(recordOf(schema).properties)).map(([variable, raw]) => {
    const property = recordOf(raw);
    const out: OutputVar = { variable, type: jsonSchemaVarType(property) };
    if (typeof property.description === 'string' && property.description) out.description = property.description;
    if (out.type === 'object') {
      const children = jsonSchemaVars(property, depth + 1);
      if (children.length > 0) out.children = children;
    } else if (out.type === 'file') out.children = FILE_CHILDREN.map((f) => ({ ...f }));
    return out;
  });
}

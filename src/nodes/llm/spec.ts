import { llmData } from '../../dsl/node-data/llm';
import { templateSelectors } from '../../dsl/template-refs';
import type { DslNodeData, ValueSelector } from '../../dsl';
import { FILE_CHILDREN, listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar, type VarType } from '../node-spec';

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

/** The messages of a chat prompt (a list), or the one message of a completion prompt. */
export function promptMessages(template: unknown): Record<string, unknown>[] {
  return Array.isArray(template) ? listOf(template).map(recordOf) : template == null ? [] : [recordOf(template)];
}

function messageText(message: Record<string, unknown>): string {
  return message.edition_type === 'jinja2' ? textOf(message.jinja2_text) : textOf(message.text);
}

/** The shared "vision is on but has no variable" rule of llm, classifier and extractor. */
export function visionProblem(vision: unknown): string | undefined {
  const v = recordOf(vision);
  if (v.enabled === true && selectorOf(recordOf(v.configs).variable_selector).length === 0) return 'Vision is enabled but no vision variable is selected';
  return undefined;
}

export const llmSpec: NodeSpec = {
  type: 'llm',
  title: 'LLM',
  classification: 'default',
  sort: 1,
  flowType: 'custom',
  schema: llmData,
  defaults: () => ({
    model: { provider: '', name: '', mode: 'chat', completion_params: { temperature: 0.7 } },
    prompt_template: [{ role: 'system', text: '' }],
    context: { enabled: false, variable_selector: [] },
    vision: { enabled: false },
  }),
  outputs(data) {
    const out: OutputVar[] = [
      { variable: 'text', type: 'string' },
      { variable: 'reasoning_content', type: 'string' },
      { variable: 'usage', type: 'object' },
    ];
    const children = jsonSchemaVars(recordOf(data.structured_output).schema);
    if (data.structured_output_enabled === true && children.length > 0) out.push({ variable: 'structured_output', type: 'object', children });
    return out;
  },
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    const model = recordOf(data.model);
    if (!textOf(model.provider)) return 'Model provider is required';
    const messages = promptMessages(data.prompt_template);
    const memory = data.memory == null ? undefined : recordOf(data.memory);
    if (!memory && !messages.some((m) => messageText(m) !== '')) return 'Prompt is required';
    const query = textOf(memory?.query_prompt_template);
    if (memory && model.mode !== 'completion' && query && !query.includes('{{#sys.query#}}')) {
      return 'The memory query prompt must contain {{#sys.query#}}';
    }
    if (messages.some((m) => m.edition_type === 'jinja2')) {
      const bindings = listOf(recordOf(data.prompt_config).jinja2_variables).map(recordOf);
      const index = bindings.findIndex((b) => !textOf(b.variable));
      if (index >= 0) return `Jinja2 variable ${index + 1} has no name`;
      const unbound = bindings.find((b) => selectorOf(b.value_selector).length === 0);
      if (unbound) return `Jinja2 variable ${textOf(unbound.variable)} has no value selected`;
    }
    return visionProblem(data.vision);
  },
  usedSelectors(data: DslNodeData): ValueSelector[] {
    const out = promptMessages(data.prompt_template).flatMap((m) => templateSelectors(m.text));
    if (data.memory != null && recordOf(data.model).mode !== 'completion') out.push(...templateSelectors(recordOf(data.memory).query_prompt_template));
    const context = recordOf(data.context);
    out.push(selectorOf(context.variable_selector));
    for (const binding of listOf(recordOf(data.prompt_config).jinja2_variables)) out.push(selectorOf(recordOf(binding).value_selector));
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: true,
  retry: true,
  runsLocally: true,
};

import { toolData } from '../../dsl/node-data/tool';
import { templateSelectors } from '../../dsl/template-refs';
import type { ValueSelector } from '../../dsl';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar } from '../node-spec';
import { jsonSchemaVars } from '../llm/spec';

/** Every tool's fixed outputs (Dify's TOOL_OUTPUT_STRUCT). */
export const TOOL_OUTPUTS: OutputVar[] = [
  { variable: 'text', type: 'string' },
  { variable: 'files', type: 'array[file]' },
  { variable: 'json', type: 'array[object]' },
];

/** The selectors a `{type, value}` input reads: a `variable` selector, or the refs in text. */
export function inputSelectors(input: unknown): ValueSelector[] {
  if (typeof input === 'string') return templateSelectors(input);
  const { type, value } = recordOf(input);
  if (type === 'variable') return [selectorOf(value)];
  if (typeof value === 'string') return templateSelectors(value);
  return [];
}

/** A value counts as set unless missing, null, '' or []. `{type, value}` inputs are judged by value. */
export function isFilled(input: unknown): boolean {
  const value = input !== null && typeof input === 'object' && !Array.isArray(input) && 'value' in input ? (input as { value: unknown }).value : input;
  return !(value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

function label(schema: Record<string, unknown>): string {
  return textOf(recordOf(schema.label).en_US) || textOf(schema.name);
}

/** tool: runs on Dify's servers (built-in, API, workflow or MCP tools); pin its output here. */
export const toolSpec: NodeSpec = {
  type: 'tool',
  title: 'Tool',
  classification: 'default',
  sort: -1,
  flowType: 'custom',
  schema: toolData,
  defaults: () => ({ tool_parameters: {}, tool_configurations: {}, tool_node_version: '2' }),
  outputs: (data) => [...TOOL_OUTPUTS.map((o) => ({ ...o })), ...jsonSchemaVars(data.output_schema)],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (!textOf(data.provider_id) || !textOf(data.tool_name)) return 'Tool is required: choose a provider and a tool';
    const parameters = recordOf(data.tool_parameters);
    const settings = recordOf(data.tool_configurations);
    for (const schema of listOf(data.paramSchemas).map(recordOf)) {
      if (schema.required !== true) continue;
      const name = textOf(schema.name);
      const value = schema.form === 'llm' ? parameters[name] : settings[name];
      if (!isFilled(value)) return `${schema.form === 'llm' ? 'Input' : 'Setting'} ${label(schema)} is required`;
    }
    return undefined;
  },
  usedSelectors: (data) => Object.values(recordOf(data.tool_parameters)).flatMap(inputSelectors).filter((s) => s.length > 0),
  errorStrategy: true,
  retry: true,
  runsLocally: false,
};

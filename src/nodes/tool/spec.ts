import { toolData } from '../../dsl/node-data/tool';
import { listOf, recordOf, SOURCE, textOf, type NodeSpec } from '../node-spec';
import { jsonSchemaVars } from '../json-schema-vars';
import { inputSelectors, isFilled, TOOL_OUTPUTS } from '../plugin-inputs';

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
  openOutputs: true,
};

import { agentData } from '../../dsl/node-data/agent';
import { recordOf, SOURCE, textOf, type NodeSpec } from '../node-spec';
import { jsonSchemaVars } from '../json-schema-vars';
import { inputSelectors, TOOL_OUTPUTS } from '../plugin-inputs';

/** agent: a plugin strategy (function calling, ReAct...) that runs on Dify's servers. */
export const agentSpec: NodeSpec = {
  type: 'agent',
  title: 'Agent',
  classification: 'default',
  sort: 3,
  flowType: 'custom',
  schema: agentData,
  defaults: () => ({ agent_parameters: {}, tool_node_version: '2' }),
  outputs: (data) => [
    ...jsonSchemaVars(data.output_schema),
    ...TOOL_OUTPUTS.map((o) => ({ ...o })),
    { variable: 'usage', type: 'object' },
  ],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (!textOf(data.agent_strategy_provider_name) || !textOf(data.agent_strategy_name)) return 'Agent strategy is required';
    for (const [name, raw] of Object.entries(recordOf(data.agent_parameters))) {
      const parameter = recordOf(raw);
      if (parameter.type === 'variable' && inputSelectors(parameter).every((s) => s.length === 0)) return `Parameter ${name} has no variable selected`;
    }
    return undefined;
  },
  usedSelectors: (data) => Object.values(recordOf(data.agent_parameters)).flatMap(inputSelectors).filter((s) => s.length > 0),
  errorStrategy: true,
  retry: false,
  runsLocally: false,
  openOutputs: true,
};

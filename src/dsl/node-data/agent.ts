import { z } from 'zod';
import { baseNodeDataShape, loose, memoryConfig, str } from '../schema/common';

/** An agent parameter: `{type, value}`; value is text, a number, a model mapping or a list of tools. */
export const agentParameter = loose({
  type: str.nullish(),
  value: z.unknown().optional(),
});

export const agentData = loose({
  ...baseNodeDataShape,
  agent_strategy_provider_name: str.nullish(),
  agent_strategy_name: str.nullish(),
  agent_strategy_label: str.nullish(),
  agent_parameters: z.record(z.string(), agentParameter).nullish(),
  output_schema: z.record(z.string(), z.unknown()).nullish(),
  memory: memoryConfig.nullish(),
  meta: z.record(z.string(), z.unknown()).nullish(),
  plugin_unique_identifier: str.nullish(),
  tool_node_version: str.nullish(),
});

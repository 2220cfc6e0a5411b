import { z } from 'zod';
import { baseNodeDataShape, bool, loose, str } from '../schema/common';

/** A tool input: `mixed` (template text), `variable` (selector) or `constant` (literal). */
export const toolInput = loose({
  type: str.nullish(),
  value: z.unknown().optional(),
});

/** Tool values: the `{type, value}` form, or a bare scalar (legacy, before tool_node_version '2'). */
const toolValue = z.union([toolInput, str, z.number(), bool, z.null()]);

export const toolData = loose({
  ...baseNodeDataShape,
  provider_id: str.nullish(),
  provider_type: str.nullish(),
  provider_name: str.nullish(),
  tool_name: str.nullish(),
  tool_label: str.nullish(),
  tool_description: str.nullish(),
  tool_parameters: z.record(z.string(), toolValue).nullish(),
  tool_configurations: z.record(z.string(), toolValue).nullish(),
  tool_node_version: str.nullish(),
  is_team_authorization: bool.nullish(),
  /** The tool's parameter forms as the editor cached them: `{name, form: llm|form, required, label...}`. */
  paramSchemas: z.array(z.record(z.string(), z.unknown())).nullish(),
  params: z.record(z.string(), z.unknown()).nullish(),
  output_schema: z.record(z.string(), z.unknown()).nullish(),
  plugin_id: str.nullish(),
  plugin_unique_identifier: str.nullish(),
  credential_id: str.nullish(),
});

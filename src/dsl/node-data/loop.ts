import { z } from 'zod';
import { baseNodeDataShape, condition, loose, num, str, varTypeText } from '../schema/common';

/** A loop variable: `value` is a constant (arrays as JSON text) or a selector (`value_type: variable`). */
export const loopVariable = loose({
  id: str.nullish(),
  label: str.nullish(),
  var_type: varTypeText.nullish(),
  value_type: str.nullish(),
  value: z.unknown().optional(),
});

/** loop: runs its children up to `loop_count` rounds until `break_conditions` hold or a loop-end runs. */
export const loopData = loose({
  ...baseNodeDataShape,
  start_node_id: str.nullish(),
  loop_count: num.nullish(),
  break_conditions: z.array(condition).nullish(),
  logical_operator: z.enum(['and', 'or']).nullish(),
  loop_variables: z.array(loopVariable).nullish(),
  error_handle_mode: str.nullish(),
  outputs: z.record(z.string(), z.unknown()).nullish(),
  width: num.nullish(),
  height: num.nullish(),
});

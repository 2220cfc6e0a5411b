import { z } from 'zod';
import { baseNodeDataShape, loose, optionalSelector, str } from '../schema/common';

/** A v2 operation: `value` is a selector for `input_type: variable`, else a constant of any type. */
export const assignerItem = loose({
  variable_selector: optionalSelector,
  input_type: str.nullish(),
  operation: str.nullish(),
  write_mode: str.nullish(),
  value: z.unknown().optional(),
});

/**
 * assigner: v2 (`version: '2'`, `items`) or v1 (no version or '1':
 * `assigned_variable_selector`, `write_mode`, `input_variable_selector`).
 */
export const assignerData = loose({
  ...baseNodeDataShape,
  items: z.array(assignerItem).nullish(),
  assigned_variable_selector: optionalSelector,
  write_mode: str.nullish(),
  input_variable_selector: optionalSelector,
});

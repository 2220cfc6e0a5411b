import { z } from 'zod';
import { baseNodeDataShape, bool, loose, num, optionalSelector, str, varTypeText } from '../schema/common';

/** A filter condition: `key` is a file attribute when the list holds files. */
export const listFilterCondition = loose({
  key: str.nullish(),
  comparison_operator: str.nullish(),
  value: z.unknown().optional(),
});

/** list-operator: filter -> extract -> order -> limit over the array at `variable`. */
export const listOperatorData = loose({
  ...baseNodeDataShape,
  variable: optionalSelector,
  var_type: varTypeText.nullish(),
  item_var_type: varTypeText.nullish(),
  filter_by: loose({
    enabled: bool.nullish(),
    conditions: z.array(listFilterCondition).nullish(),
  }).nullish(),
  extract_by: loose({
    enabled: bool.nullish(),
    serial: z.union([str, num]).nullish(),
  }).nullish(),
  order_by: loose({
    enabled: bool.nullish(),
    key: str.nullish(),
    value: str.nullish(),
  }).nullish(),
  limit: loose({
    enabled: bool.nullish(),
    size: num.nullish(),
  }).nullish(),
});

import { z } from 'zod';
import { baseNodeDataShape, bool, loose, str, valueSelector, varTypeText } from '../schema/common';

export const aggregatorGroup = loose({
  group_name: str,
  groupId: str.nullish(),
  output_type: varTypeText.nullish(),
  variables: z.array(valueSelector).nullish(),
});

/** variable-aggregator (and the legacy `variable-assigner`): the first existing of `variables`, or per group. */
export const variableAggregatorData = loose({
  ...baseNodeDataShape,
  output_type: varTypeText.nullish(),
  variables: z.array(valueSelector).nullish(),
  advanced_settings: loose({
    group_enabled: bool.nullish(),
    groups: z.array(aggregatorGroup).nullish(),
  }).nullish(),
});

import { z } from 'zod';
import { baseNodeDataShape, loose, variableBinding } from '../schema/common';

/** end ("Output"): the workflow result, one `{variable, value_selector, value_type?}` per output. */
export const endData = loose({
  ...baseNodeDataShape,
  outputs: z.array(variableBinding).nullish(),
});

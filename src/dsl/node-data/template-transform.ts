import { z } from 'zod';
import { baseNodeDataShape, loose, str, variableBinding } from '../schema/common';

/** template-transform: a Jinja2 `template` over named `variables`. */
export const templateTransformData = loose({
  ...baseNodeDataShape,
  template: str.nullish(),
  variables: z.array(variableBinding).nullish(),
});

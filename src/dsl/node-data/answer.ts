import { z } from 'zod';
import { baseNodeDataShape, loose, str } from '../schema/common';

/** answer: a `{{#...#}}` template; `variables` is a legacy list real files still carry (always []). */
export const answerData = loose({
  ...baseNodeDataShape,
  answer: str.nullish(),
  variables: z.array(z.unknown()).nullish(),
});

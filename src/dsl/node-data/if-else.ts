import { z } from 'zod';
import { baseNodeDataShape, condition, loose, str } from '../schema/common';

export const ifElseCase = loose({
  case_id: str,
  id: str.nullish(),
  logical_operator: z.enum(['and', 'or']).nullish(),
  conditions: z.array(condition),
});

/** if-else: `cases`, or the legacy top-level `logical_operator` + `conditions` (kept as is). */
export const ifElseData = loose({
  ...baseNodeDataShape,
  cases: z.array(ifElseCase).nullish(),
  logical_operator: z.enum(['and', 'or']).nullish(),
  conditions: z.array(condition).nullish(),
});

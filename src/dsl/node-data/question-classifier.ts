import { z } from 'zod';
import { baseNodeDataShape, loose, memoryConfig, modelConfig, optionalSelector, str, visionConfig } from '../schema/common';

/** A class: its `id` is the id of the node's source handle for that branch. */
export const classifierClass = loose({
  id: str,
  name: str.nullish(),
});

/** question-classifier. `instructions` and `topics` are legacy keys some real files still carry. */
export const questionClassifierData = loose({
  ...baseNodeDataShape,
  query_variable_selector: optionalSelector,
  model: modelConfig,
  classes: z.array(classifierClass).nullish(),
  instruction: str.nullish(),
  instructions: str.nullish(),
  topics: z.array(z.unknown()).nullish(),
  memory: memoryConfig.nullish(),
  vision: visionConfig.nullish(),
});

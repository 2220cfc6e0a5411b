import { z } from 'zod';
import { baseNodeDataShape, bool, loose, memoryConfig, modelConfig, optionalSelector, str, visionConfig } from '../schema/common';

/** A parameter to extract; `type` is a VarType, `select` (with options) or the legacy `bool`. */
export const extractorParameter = loose({
  name: str.nullish(),
  type: str.nullish(),
  options: z.array(z.unknown()).nullish(),
  description: str.nullish(),
  required: bool.nullish(),
});

export const parameterExtractorData = loose({
  ...baseNodeDataShape,
  model: modelConfig,
  query: optionalSelector,
  parameters: z.array(extractorParameter).nullish(),
  instruction: str.nullish(),
  reasoning_mode: str.nullish(),
  memory: memoryConfig.nullish(),
  vision: visionConfig.nullish(),
  variables: z.array(z.unknown()).nullish(),
});

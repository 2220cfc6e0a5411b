import { z } from 'zod';
import {
  baseNodeDataShape, bool, loose, memoryConfig, modelConfig, optionalSelector, str, variableBinding, visionConfig,
} from '../schema/common';

/** A prompt message: an item of a chat prompt, or the whole prompt of a completion model. */
export const promptMessage = loose({
  id: str.nullish(),
  role: str.nullish(),
  text: str.nullish(),
  edition_type: str.nullish(),
  jinja2_text: str.nullish(),
});

export const llmData = loose({
  ...baseNodeDataShape,
  model: modelConfig,
  /** Chat models: a list of messages; completion models: one message. */
  prompt_template: z.union([z.array(promptMessage), promptMessage]).nullish(),
  prompt_config: loose({ jinja2_variables: z.array(variableBinding).nullish() }).nullish(),
  memory: memoryConfig.nullish(),
  context: loose({ enabled: bool.nullish(), variable_selector: optionalSelector }).nullish(),
  vision: visionConfig.nullish(),
  structured_output_enabled: bool.nullish(),
  structured_output: loose({ schema: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  reasoning_format: str.nullish(),
  variables: z.array(z.unknown()).nullish(),
});

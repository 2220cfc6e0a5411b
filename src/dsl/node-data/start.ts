import { z } from 'zod';
import { baseNodeDataShape, bool, loose, num, str } from '../schema/common';

/** One input of the start form (Dify's VariableEntity, dify-dsl.md 2.1). */
export const startVariable = loose({
  variable: str,
  label: str.nullish(),
  type: str,
  required: bool.nullish(),
  max_length: num.nullish(),
  options: z.array(z.unknown()).nullish(),
  default: z.unknown().optional(),
  hint: str.nullish(),
  placeholder: str.nullish(),
  unit: str.nullish(),
  hide: bool.nullish(),
  /** Draft-7 schema of a json_object input: a mapping, or the same as JSON text. */
  json_schema: z.union([str, z.record(z.string(), z.unknown())]).nullish(),
  allowed_file_types: z.array(str).nullish(),
  allowed_file_extensions: z.array(str).nullish(),
  allowed_file_upload_methods: z.array(str).nullish(),
});

export const startData = loose({
  ...baseNodeDataShape,
  variables: z.array(startVariable).nullish(),
});

import { z } from 'zod';
import { baseNodeDataShape, loose, str, varTypeText, variableBinding } from '../schema/common';

/** One declared output: `{type, children: null}` (children is always null in real files). */
export const codeOutput = loose({
  type: varTypeText.nullish(),
  children: z.unknown().optional(),
});

/** code: `code_language` python3 | javascript, `code`, input `variables`, declared `outputs`. */
export const codeData = loose({
  ...baseNodeDataShape,
  code_language: str.nullish(),
  code: str.nullish(),
  variables: z.array(variableBinding).nullish(),
  outputs: z.record(z.string(), codeOutput.nullish()).nullish(),
  /** Legacy list of pip/npm packages. */
  dependencies: z.array(z.unknown()).nullish(),
});

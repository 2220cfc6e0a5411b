/** Building blocks shared by the DSL schemas. Every object schema is loose: unknown keys are
 *  data we keep, never errors. Schemas only check; parse() keeps the original data as it came. */
import { z } from 'zod';

export const str = z.string();
export const num = z.number();
export const bool = z.boolean();
/** A value selector: [nodeId, variable, ...path]. Empty means "not set". */
export const valueSelector = z.array(z.string());
export const optionalSelector = valueSelector.nullish();

export const VAR_TYPES = [
  'string', 'number', 'integer', 'float', 'secret', 'boolean', 'object', 'file', 'array', 'any',
  'array[string]', 'array[number]', 'array[boolean]', 'array[object]', 'array[file]', 'array[any]',
] as const;
export type VarType = (typeof VAR_TYPES)[number];
/** Var types as strings: real files also carry legacy spellings, which we keep and never reject. */
export const varTypeText = z.string();

export const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

/** Numbers that real exports sometimes hold as text (`max_retries: '3'`). */
export const numberLike = z.union([num, str]);

export const retryConfig = loose({
  retry_enabled: bool.nullish(),
  max_retries: numberLike.nullish(),
  retry_interval: numberLike.nullish(),
});

export const defaultValueEntry = loose({
  key: str,
  type: str,
  value: z.unknown().optional(),
});

/** Fields every node's `data` may carry (Dify's BaseNodeData, which allows extra keys). */
export const baseNodeDataShape = {
  type: str,
  title: str.nullish(),
  desc: str.nullish(),
  version: str.nullish(),
  selected: bool.nullish(),
  error_strategy: z.enum(['fail-branch', 'default-value', 'none']).nullish(),
  default_value: z.array(defaultValueEntry).nullish(),
  retry_config: retryConfig.nullish(),
  isInIteration: bool.nullish(),
  iteration_id: str.nullish(),
  isInLoop: bool.nullish(),
  loop_id: str.nullish(),
};

export const baseNodeData = loose(baseNodeDataShape);

/** A `{variable, value_selector}` binding as code, template-transform and end use it. */
export const variableBinding = loose({
  variable: str.nullish(),
  value_selector: optionalSelector,
  value_type: str.nullish(),
});

/** An LLM model reference, shared by llm, question-classifier and parameter-extractor. */
export const modelConfig = loose({
  provider: str.nullish(),
  name: str.nullish(),
  mode: str.nullish(),
  completion_params: z.record(z.string(), z.unknown()).nullish(),
});

export const memoryConfig = loose({
  role_prefix: loose({ user: str.nullish(), assistant: str.nullish() }).nullish(),
  window: loose({ enabled: bool.nullish(), size: z.union([num, str]).nullish() }).nullish(),
  query_prompt_template: str.nullish(),
});

export const visionConfig = loose({
  enabled: bool.nullish(),
  configs: loose({ variable_selector: optionalSelector, detail: str.nullish() }).nullish(),
});

/** A condition as if-else cases and loop break conditions hold it (dify-dsl.md 2.7). */
export const condition = loose({
  id: str.nullish(),
  varType: str.nullish(),
  variable_selector: optionalSelector,
  key: str.nullish(),
  comparison_operator: str.nullish(),
  value: z.unknown().optional(),
  numberVarType: str.nullish(),
  sub_variable_condition: loose({
    logical_operator: str.nullish(),
    conditions: z.array(loose({ key: str.nullish(), comparison_operator: str.nullish(), value: z.unknown().optional() })).nullish(),
  }).nullish(),
});

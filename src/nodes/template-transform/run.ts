/**
 * Template executor (dify-dsl.md 2.9): a Jinja2 template over named variables (missing -> None).
 * The output may hold at most 400,000 characters.
 */
import { Jinja2Error, renderJinja2 } from '../../engine/jinja2';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import type { VariablePool } from '../../engine/variable-pool';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

/** Dify's TEMPLATE_TRANSFORM_MAX_LENGTH. */
export const TEMPLATE_MAX_LENGTH = 400_000;

/** `variables: [{variable, value_selector}]` read from the pool by name; missing values are null. */
export function namedVariables(pool: VariablePool, variables: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const raw of listOf(variables)) {
    const binding = recordOf(raw);
    out[textOf(binding.variable)] = pool.get(selectorOf(binding.value_selector)) ?? null;
  }
  return out;
}

export const templateTransformRun: NodeExecutor = async (data, ctx) => {
  const inputs = namedVariables(ctx.pool, data.variables);
  let output: string;
  try {
    output = renderJinja2(textOf(data.template), inputs);
  } catch (e) {
    if (e instanceof Jinja2Error) throw new NodeRunError(e.message, 'TemplateRenderError', { inputs });
    throw e;
  }
  if (output.length > TEMPLATE_MAX_LENGTH && [...output].length > TEMPLATE_MAX_LENGTH) {
    throw new NodeRunError(`Output length exceeds ${TEMPLATE_MAX_LENGTH} characters`, 'TemplateTransformError', { inputs });
  }
  return { inputs, outputs: { output } };
};

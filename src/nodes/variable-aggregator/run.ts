/**
 * Variable aggregator executor (dify-dsl.md 2.11), also the legacy `variable-assigner` type:
 * the first selector whose value exists in the pool wins; values of skipped branches never
 * exist. Nothing found gives no output at all, as in Dify.
 */
import type { NodeExecutor } from '../../engine/node-executor';
import type { VariablePool } from '../../engine/variable-pool';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

function firstExisting(pool: VariablePool, selectors: unknown): { selector: string[]; value: unknown } | undefined {
  for (const raw of listOf<unknown>(selectors)) {
    const selector = selectorOf(raw);
    if (pool.has(selector)) return { selector, value: pool.get(selector) ?? null };
  }
  return undefined;
}

export const variableAggregatorRun: NodeExecutor = async (data, ctx) => {
  const outputs: Record<string, unknown> = {};
  const inputs: Record<string, unknown> = {};
  const settings = recordOf(data.advanced_settings);
  if (settings.group_enabled !== true) {
    const found = firstExisting(ctx.pool, data.variables);
    if (found) {
      outputs.output = found.value;
      inputs[found.selector.slice(1).join('.')] = found.value;
    }
  } else {
    for (const raw of listOf(settings.groups)) {
      const group = recordOf(raw);
      const found = firstExisting(ctx.pool, group.variables);
      if (found) {
        outputs[textOf(group.group_name)] = { output: found.value };
        inputs[found.selector.slice(1).join('.')] = found.value;
      }
    }
  }
  return { inputs, outputs };
};

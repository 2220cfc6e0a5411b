/**
 * End ("Output") executor (dify-dsl.md 2.2): each output is the value at its selector, or null
 * when nothing is there. Streaming the outputs is the engine's job (5.7).
 */
import type { NodeExecutor } from '../../engine/node-executor';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

export const endRun: NodeExecutor = async (data, ctx) => {
  const outputs: Record<string, unknown> = {};
  for (const raw of listOf(data.outputs)) {
    const output = recordOf(raw);
    outputs[textOf(output.variable)] = ctx.pool.get(selectorOf(output.value_selector)) ?? null;
  }
  return { inputs: outputs, outputs };
};

/**
 * Iteration (dify-dsl.md 5.6): runs the body once per item of an array, each item on its own
 * deep copy of the variable pool plus `[id, item]` and `[id, index]`; sequential, or up to
 * `parallel_nums` items at once with results kept in item order; error_handle_mode and
 * flatten_output as Dify applies them.
 */
import { NodeRunError, type NodeExecutor, type NodeRunContext } from '../../engine/node-executor';
import type { VariablePool } from '../../engine/variable-pool';
import { selectorOf } from '../node-spec';

type ItemResult = { ok: true; value: unknown } | { ok: false; error: string };

const MAX_PARALLEL = 10;

async function runItem(ctx: NodeRunContext, item: unknown, index: number, outputSelector: string[]): Promise<{ result: ItemResult; pool: VariablePool }> {
  const pool = ctx.pool.clone();
  pool.set(ctx.nodeId, 'index', index);
  pool.set(ctx.nodeId, 'item', item);
  ctx.emitRound('iteration', index);
  const body = await ctx.runBody(pool, { index, kind: 'iteration' });
  if (body.status !== 'succeeded') return { result: { ok: false, error: body.error ?? `item ${index} ${body.status}` }, pool };
  const value = outputSelector.length >= 2 ? pool.get(outputSelector) : undefined;
  return { result: { ok: true, value: value === undefined ? null : value }, pool };
}

/** Flatten when every non-null element is itself a list. */
export function flattenIfNested(values: unknown[]): unknown[] {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0 || !present.every(Array.isArray)) return values;
  return present.flat(1);
}

export const iterationRun: NodeExecutor = async (data, ctx) => {
  const iteratorSelector = selectorOf(data.iterator_selector);
  const outputSelector = selectorOf(data.output_selector);
  const value = ctx.pool.get(iteratorSelector);
  const inputs = { iterator_selector: value };
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return { inputs, outputs: { output: [] } };
  }
  if (!Array.isArray(value)) {
    throw new NodeRunError(`The iteration input ${iteratorSelector.join('.')} must be an array, but it is ${typeof value}.`, 'IteratorVariableNotFoundError');
  }
  const mode = typeof data.error_handle_mode === 'string' ? data.error_handle_mode : 'terminated';
  const parallel = data.is_parallel === true;
  const width = parallel ? Math.max(1, Math.min(Number(data.parallel_nums) || MAX_PARALLEL, MAX_PARALLEL, value.length)) : 1;
  const results: (ItemResult | undefined)[] = new Array(value.length);
  let next = 0;
  let firstError: string | undefined;

  const worker = async (): Promise<void> => {
    while (next < value.length && firstError === undefined && !ctx.signal.aborted) {
      const index = next++;
      const { result, pool } = await runItem(ctx, value[index], index, outputSelector);
      results[index] = result;
      // Conversation variables written inside an item are copied back to the parent (5.6).
      for (const [k, v] of Object.entries(pool.entries('conversation'))) ctx.pool.set('conversation', k, v);
      if (!result.ok && mode === 'terminated') firstError = `Item ${index} failed: ${result.error}`;
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  if (ctx.signal.aborted) throw new NodeRunError('The iteration was stopped.', 'IterationStopped');
  if (firstError !== undefined) throw new NodeRunError(firstError, 'IterationNodeError');

  let output: unknown[] = [];
  for (const r of results) {
    if (!r) continue;
    if (r.ok) output.push(r.value);
    else if (mode === 'continue-on-error') output.push(null);
    // remove-abnormal-output: the failed item is dropped
  }
  if (data.flatten_output !== false) output = flattenIfNested(output);
  const failed = results.filter((r) => r && !r.ok).length;
  return { inputs, outputs: { output }, metadata: { iterations: value.length, failed } };
};

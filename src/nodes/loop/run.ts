/**
 * Loop (dify-dsl.md 5.6): loop variables live in the shared pool at `[loopId, label]`; break
 * conditions are checked before the first round and after each round (errors count as "not
 * yet"); each round runs the body on the same pool, so assigner writes persist; a loop-end node
 * stops it. Outputs: each loop variable's final value and `loop_round`.
 */
import { evaluateConditions } from '../../engine/condition-evaluator';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import type { VariablePool } from '../../engine/variable-pool';
import { listOf, recordOf, selectorOf } from '../node-spec';

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NodeRunError(`Loop variable ${label}: the value ${JSON.stringify(text)} is not valid JSON.`, 'LoopVariableError');
  }
}

/** A constant loop variable coerced to its declared type; arrays and objects are JSON text. */
export function coerceConstant(value: unknown, varType: string, label: string): unknown {
  if (varType === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) throw new NodeRunError(`Loop variable ${label}: ${JSON.stringify(value)} is not a number.`, 'LoopVariableError');
    return n;
  }
  if (varType === 'string') return value === null || value === undefined ? '' : String(value);
  if (varType === 'boolean') return typeof value === 'string' ? value.trim().toLowerCase() === 'true' : Boolean(value);
  if (varType === 'object' || varType.startsWith('array')) {
    if (typeof value === 'string') return value.trim() === '' ? (varType === 'object' ? {} : []) : parseJson(value, label);
    return value ?? (varType === 'object' ? {} : []);
  }
  return value;
}

function breakNow(pool: VariablePool, conditions: unknown, operator: unknown): boolean {
  if (listOf(conditions).length === 0) return false;
  try {
    return evaluateConditions(pool, conditions, operator ?? 'and').final;
  } catch {
    return false; // Dify ignores evaluation errors here
  }
}

export const loopRun: NodeExecutor = async (data, ctx) => {
  const variables = listOf(data.loop_variables).map(recordOf);
  const inputs: Record<string, unknown> = {};
  for (const v of variables) {
    const label = String(v.label ?? '');
    if (!label) continue;
    let value: unknown;
    if (v.value_type === 'variable') {
      const selector = selectorOf(v.value);
      if (!ctx.pool.has(selector)) throw new NodeRunError(`Loop variable ${label}: the variable ${selector.join('.')} has no value.`, 'LoopVariableError');
      value = structuredClone(ctx.pool.get(selector));
    } else value = coerceConstant(v.value, String(v.var_type ?? 'string'), label);
    ctx.pool.set(ctx.nodeId, label, value);
    inputs[label] = value;
  }
  const count = Math.max(0, Math.floor(Number(data.loop_count ?? 10)) || 0);
  let rounds = 0;
  if (!breakNow(ctx.pool, data.break_conditions, data.logical_operator)) {
    for (let index = 0; index < count; index++) {
      if (ctx.signal.aborted) throw new NodeRunError('The loop was stopped.', 'LoopStopped');
      ctx.emitRound('loop', index);
      const body = await ctx.runBody(ctx.pool, { index, kind: 'loop' });
      rounds++;
      if (body.status !== 'succeeded') throw new NodeRunError(`Round ${index + 1} failed: ${body.error ?? body.status}`, 'LoopNodeError');
      if (body.breakRequested) break;
      if (breakNow(ctx.pool, data.break_conditions, data.logical_operator)) break;
    }
  }
  const outputs: Record<string, unknown> = {};
  for (const v of variables) {
    const label = String(v.label ?? '');
    if (label) outputs[label] = ctx.pool.get([ctx.nodeId, label]) ?? null;
  }
  outputs.loop_round = rounds;
  return { inputs, outputs };
};

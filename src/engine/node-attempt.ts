/**
 * One node, run to an outcome: pinned outputs, retries (llm, tool, http-request, code) and the
 * error strategy (dify-dsl.md 5.3). The scheduler decides what the outcome means for edges.
 */
import type { DslNode } from '../dsl';
import { listOf, recordOf } from '../nodes/node-spec';
import { specFor } from '../nodes/specs';
import { runnerFor } from '../nodes/runners';
import { NodeRunError, type NodeRunContext, type NodeRunResult } from './node-executor';

export type NodeOutcome =
  | { kind: 'succeeded'; result: NodeRunResult; retries: number; pinned: boolean }
  /** Failed, handled by fail-branch or default-value: outputs are the error (and defaults). */
  | { kind: 'exception'; result: NodeRunResult; error: string; errorType: string; retries: number; strategy: 'fail-branch' | 'default-value' }
  | { kind: 'failed'; error: string; errorType: string; retries: number; partial?: NodeRunError['partial'] }
  | { kind: 'stopped'; error: string; retries: number };

export interface AttemptHooks {
  /** Every failure counts toward the run's exceptions, retried ones included. */
  onFailure(): void;
  onRetry(retryIndex: number, error: string): void;
  /** Resolves after `ms`, or rejects when the run stops. */
  sleep(ms: number): Promise<void>;
}

function toNumber(v: unknown, fallback: number): number {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/** default_value entries: object/array values are stored as JSON strings (2.0). */
export function defaultValueOutputs(node: DslNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of listOf(node.data.default_value).map(recordOf)) {
    const key = typeof entry.key === 'string' ? entry.key : '';
    if (!key) continue;
    const type = String(entry.type ?? 'string');
    let value = entry.value;
    if ((type === 'object' || type.startsWith('array')) && typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        /* keep the text: Dify would fail validation; we show what was configured */
      }
    } else if (type === 'number' && typeof value === 'string' && value.trim() !== '') value = Number(value);
    out[key] = value;
  }
  return out;
}

/** The handle a pinned branch node takes, read from its pinned outputs. */
export function pinnedHandle(node: DslNode, outputs: Record<string, unknown>): string | undefined {
  const d = node.data;
  if (d.type === 'if-else') {
    if (typeof outputs.selected_case_id === 'string') return outputs.selected_case_id;
    if (outputs.result === false) return 'false';
    const first = recordOf(listOf(d.cases)[0]);
    return typeof first.case_id === 'string' ? first.case_id : 'true';
  }
  if (d.type === 'question-classifier') {
    const classes = listOf(d.classes).map(recordOf);
    if (typeof outputs.class_id === 'string') return outputs.class_id;
    const byName = classes.find((c) => c.name === outputs.class_name) ?? classes[0];
    return byName ? String(byName.id) : undefined;
  }
  if (d.type === 'human-input' && typeof outputs.__action_id === 'string') return outputs.__action_id;
  return undefined;
}

export async function attemptNode(node: DslNode, makeContext: () => NodeRunContext, pin: Record<string, unknown> | undefined, hooks: AttemptHooks): Promise<NodeOutcome> {
  if (pin) {
    const selectedHandle = pinnedHandle(node, pin);
    return { kind: 'succeeded', result: { outputs: { ...pin }, ...(selectedHandle ? { selectedHandle } : {}) }, retries: 0, pinned: true };
  }
  const ctx = makeContext();
  const runner = runnerFor(node.data.type);
  if (!runner) return { kind: 'failed', error: `No executor for block type '${node.data.type}'`, errorType: 'GraphError', retries: 0 };
  const spec = specFor(node.data.type);
  const retry = recordOf(node.data.retry_config);
  const maxRetries = spec?.retry && retry.retry_enabled === true ? Math.max(0, Math.floor(toNumber(retry.max_retries, 0))) : 0;
  const interval = Math.max(0, toNumber(retry.retry_interval, 0));
  let retries = 0;
  for (;;) {
    let failure: NodeRunError;
    try {
      const result = await runner(node.data, ctx);
      return { kind: 'succeeded', result, retries, pinned: false };
    } catch (e) {
      if (ctx.signal.aborted) return { kind: 'stopped', error: 'The run was stopped.', retries };
      failure = e instanceof NodeRunError ? e : new NodeRunError(e instanceof Error ? e.message : String(e), 'InternalError');
    }
    hooks.onFailure();
    if (retries < maxRetries) {
      retries++;
      hooks.onRetry(retries, failure.message);
      try {
        await hooks.sleep(interval);
      } catch {
        return { kind: 'stopped', error: 'The run was stopped.', retries };
      }
      continue;
    }
    const strategy = node.data.error_strategy;
    const errorOutputs = { error_message: failure.message, error_type: failure.errorType };
    if (strategy === 'fail-branch') {
      return { kind: 'exception', strategy, result: { outputs: errorOutputs, selectedHandle: 'fail-branch', ...failure.partial }, error: failure.message, errorType: failure.errorType, retries };
    }
    if (strategy === 'default-value') {
      return { kind: 'exception', strategy, result: { outputs: { ...defaultValueOutputs(node), ...errorOutputs }, ...failure.partial }, error: failure.message, errorType: failure.errorType, retries };
    }
    return { kind: 'failed', error: failure.message, errorType: failure.errorType, retries, partial: failure.partial };
  }
}

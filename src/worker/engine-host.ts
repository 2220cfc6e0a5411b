/**
 * The engine's side of the worker protocol, shared by the browser's Web Worker and the CLI's
 * worker thread: validate each message, run workflows, stream events in batches, stop on request.
 */
import type { DslDocument } from '../dsl';
import { runWorkflow } from '../engine/graph-engine';
import type { LlmSettings } from '../engine/llm-client';
import type { RunServices } from '../engine/node-executor';
import { EventBatcher } from './event-batcher';
import { toWorkerSchema, type FromWorker } from './protocol';

export function createEngineHost(post: (message: FromWorker) => void, servicesFor: (llm: LlmSettings) => RunServices): (data: unknown) => Promise<void> {
  const runs = new Map<string, AbortController>();
  return async (data) => {
    const parsed = toWorkerSchema.safeParse(data);
    if (!parsed.success) {
      const runId = typeof (data as { runId?: unknown })?.runId === 'string' ? (data as { runId: string }).runId : '';
      post({ type: 'error', runId, message: `The engine got a malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'ping') return post({ type: 'pong', id: msg.id });
    if (msg.type === 'stop') return runs.get(msg.runId)?.abort();
    const controller = new AbortController();
    runs.set(msg.runId, controller);
    const batcher = new EventBatcher((events) => post({ type: 'events', runId: msg.runId, events }));
    try {
      const result = await runWorkflow({
        document: msg.document as unknown as DslDocument,
        services: servicesFor(msg.llm ?? {}),
        inputs: msg.inputs,
        pins: msg.pins,
        limits: msg.limits,
        signal: controller.signal,
        runId: msg.runId,
        onEvent: (e) => batcher.push(e),
      });
      batcher.flush();
      post({ type: 'done', runId: msg.runId, result: result as unknown as Extract<FromWorker, { type: 'done' }>['result'] });
    } catch (e) {
      batcher.flush();
      post({ type: 'error', runId: msg.runId, message: e instanceof Error ? e.message : String(e) });
    } finally {
      runs.delete(msg.runId);
    }
  };
}

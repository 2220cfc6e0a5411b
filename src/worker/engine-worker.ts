/// <reference lib="webworker" />
/**
 * The engine worker: runs workflows off the main thread. Messages in and out are checked
 * against src/worker/protocol.ts. User code runs in sandboxes inside (QuickJS) or below
 * (Pyodide's own worker); the page can always terminate this worker as a last resort.
 */
import { runWorkflow } from '../engine/graph-engine';
import type { DslDocument } from '../dsl';
import { EventBatcher } from './event-batcher';
import { toWorkerSchema, type FromWorker } from './protocol';
import { browserServices } from './browser-services';

declare const self: DedicatedWorkerGlobalScope;

const runs = new Map<string, AbortController>();
const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = toWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    const runId = typeof (event.data as { runId?: unknown })?.runId === 'string' ? (event.data as { runId: string }).runId : '';
    post({ type: 'error', runId, message: `The engine worker got a malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
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
      services: browserServices(msg.llm ?? {}),
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

/**
 * Organize's ELK run, off the main thread in the browser: one layout worker, started on first use
 * and kept; answers are checked with zod. Where there is no Worker (Node, tests), or the worker
 * cannot start, the layout runs in the calling thread instead: same code, same result.
 */
import type { DslDocument } from '../../dsl';
import { autoLayout, type LayoutResult } from './auto-layout';
import { decodeLayout, fromLayoutWorkerSchema, layoutRequest } from './layout-protocol';

type Pending = { resolve(result: LayoutResult): void; reject(error: Error): void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'flowpad-layout' });
  w.onmessage = (e: MessageEvent) => {
    const answer = fromLayoutWorkerSchema.safeParse(e.data);
    if (!answer.success) return failAll(new Error('the layout worker sent a malformed answer'));
    const waiting = pending.get(answer.data.id);
    if (!waiting) return;
    pending.delete(answer.data.id);
    if (answer.data.type === 'error') waiting.reject(new Error(answer.data.message));
    else waiting.resolve(decodeLayout(answer.data));
  };
  w.onerror = (e) => failAll(new Error(`the layout worker failed: ${e.message || 'could not start'}`));
  return w;
}

export function layoutOffMainThread(document: DslDocument): Promise<LayoutResult> {
  if (typeof Worker === 'undefined') return autoLayout(document);
  worker ??= startWorker();
  const id = nextId++;
  return new Promise<LayoutResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(layoutRequest(id, document));
  });
}

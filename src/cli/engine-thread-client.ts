/**
 * The CLI runs the engine in a worker thread, as the browser does in a Web Worker, so a code
 * node that never yields (a QuickJS built-in the interrupt cannot reach) cannot hang the CLI:
 * the main thread's watchdog terminates the thread and the run ends as stopped.
 */
import { Worker } from 'node:worker_threads';
import { EngineClient } from '../worker/engine-client';

/** A Node worker thread dressed as the browser Worker that EngineClient drives. */
function engineThread(): globalThis.Worker {
  const thread = new Worker(new URL('./engine-thread.mjs', import.meta.url));
  const adapter = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null as ((e: { message: string }) => void) | null,
    postMessage: (message: unknown) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
  };
  thread.on('message', (data: unknown) => adapter.onmessage?.({ data }));
  thread.on('error', (error) => adapter.onerror?.({ message: error.message }));
  thread.on('exit', (code) => {
    if (code !== 0) adapter.onerror?.({ message: `the engine thread exited with code ${code}` });
  });
  return adapter as unknown as globalThis.Worker;
}

export function createEngineThreadClient(defaultMaxTimeMs?: number): EngineClient {
  return new EngineClient(engineThread, defaultMaxTimeMs);
}

/** Starts and stops runs of the open document in the engine worker, feeding the run store. */
import { EngineClient } from '../../worker/engine-client';
import { documentStore } from '../../store/document-store';
import { runStore } from '../../store/run-store';
import type { LlmSettings } from '../../engine/llm-client';

let client: EngineClient | undefined;
let stopCurrent: (() => void) | undefined;

export function engineClient(): EngineClient {
  client ??= new EngineClient();
  return client;
}

export async function startRun(inputs: Record<string, unknown>, llm: LlmSettings): Promise<void> {
  const handle = engineClient().run({ document: structuredClone(documentStore.getState().document), inputs, llm }, (events) => runStore.getState().apply(events));
  runStore.getState().started(handle.runId);
  stopCurrent = handle.stop;
  try {
    runStore.getState().finished(await handle.done);
  } catch (e) {
    runStore.getState().crashed(e instanceof Error ? e.message : String(e));
  } finally {
    stopCurrent = undefined;
  }
}

export function stopRun(): void {
  stopCurrent?.();
}

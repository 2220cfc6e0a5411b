/// <reference lib="webworker" />
/**
 * The engine worker: runs workflows off the main thread. User code runs in sandboxes inside
 * (QuickJS) or below (Pyodide's own worker); the page can always terminate this worker.
 */
import { browserServices } from './browser-services';
import { createEngineHost } from './engine-host';

declare const self: DedicatedWorkerGlobalScope;

const handle = createEngineHost((message) => self.postMessage(message), browserServices);
self.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);

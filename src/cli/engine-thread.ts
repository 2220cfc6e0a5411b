/** The CLI's engine thread: the same engine host as the browser's worker, with Node's services. */
import { parentPort } from 'node:worker_threads';
import { createEngineHost } from '../worker/engine-host';
import { nodeServices, type NodeServices } from './node-services';

let services: NodeServices | undefined;
const handle = createEngineHost(
  (message) => parentPort!.postMessage(message),
  (llm) => {
    services ??= nodeServices({});
    return { ...services, llm: nodeServices.llmFor(llm) };
  },
);
parentPort!.on('message', (data: unknown) => void handle(data));

/** The layout worker: runs ELK off the main thread, so organizing 1,000 nodes never freezes the page. */
import { answerLayoutRequest } from './layout-host';

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e: MessageEvent) => {
  void answerLayoutRequest(e.data).then((answer) => scope.postMessage(answer));
};

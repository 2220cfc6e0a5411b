/**
 * Loads elkjs on first use (it is ~1.5 MB, so the editor starts without it). The bundled build
 * runs ELK in the calling thread, which works the same in Node (tests, CLI), on the browser main
 * thread and inside a Web Worker.
 *
 * Inside a worker the bundled build also installs itself as `self.onmessage` (it expects to be
 * a dedicated ELK worker); we put back whatever handler the host worker had, so ELK never
 * answers our own messages.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

/** What the layout needs from ELK; tests or a worker host may pass their own. */
export interface ElkLayouter {
  layout(graph: ElkNode): Promise<ElkNode>;
}

let shared: Promise<ElkLayouter> | undefined;

export function loadElk(): Promise<ElkLayouter> {
  shared ??= (async () => {
    const scope = globalThis as { onmessage?: unknown };
    const inWorker = typeof document === 'undefined' && typeof self !== 'undefined';
    const hostHandler = inWorker ? scope.onmessage : undefined;
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    // ELK's code runs (and takes `self.onmessage`) when the first instance is made: restore after that.
    const elk = new ELK();
    if (inWorker) scope.onmessage = hostHandler ?? null;
    return elk;
  })();
  return shared;
}

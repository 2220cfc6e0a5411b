/**
 * The open canvas's viewport, for code outside React Flow's tree (the editor benchmark drives it
 * frame by frame exactly as a user's pan does). The canvas toolbar registers it while mounted.
 */
import type { Viewport } from '@xyflow/react';

export interface ViewportHandle {
  getViewport(): Viewport;
  setViewport(viewport: Viewport): void;
}

let current: ViewportHandle | undefined;

/** Registers the mounted canvas's handle; returns the unregister function for the effect cleanup. */
export function registerViewportHandle(handle: ViewportHandle): () => void {
  current = handle;
  return () => {
    if (current === handle) current = undefined;
  };
}

export function viewportHandle(): ViewportHandle | undefined {
  return current;
}

/**
 * Where the user left the canvas is saved with the workflow (not in the document), so reopening
 * shows the same view. Wired as React Flow's `onMoveEnd`: only moves the user made count
 * (programmatic ones, like a fit on open, come without an event).
 */
import type { Viewport } from '../dsl';
import { startDraftPersistence } from './session';

export function saveViewportOnMoveEnd(event: MouseEvent | TouchEvent | null, viewport: Viewport): void {
  if (!event) return;
  const { x, y, zoom } = viewport;
  void startDraftPersistence().then((session) => session.saver.setViewport({ x, y, zoom }));
}

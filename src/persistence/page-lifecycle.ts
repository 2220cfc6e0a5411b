/**
 * Saves the draft at once when the page is hidden (tab switch, minimise) or left (pagehide). The
 * write is issued inside the event's task: a page being unloaded runs no later callback.
 */
import type { DraftSaver } from './draft-saver';

export interface PageEvents {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: DocumentVisibilityState };
}

export function attachPageLifecycle(saver: Pick<DraftSaver, 'flushNow'>, page?: PageEvents): () => void {
  const events = page ?? (typeof window !== 'undefined' ? { window, document } : undefined);
  if (!events) return () => undefined;
  const onHidden = () => {
    if (events.document.visibilityState === 'hidden') saver.flushNow();
  };
  const onPageHide = () => saver.flushNow();
  events.document.addEventListener('visibilitychange', onHidden);
  events.window.addEventListener('pagehide', onPageHide);
  return () => {
    events.document.removeEventListener('visibilitychange', onHidden);
    events.window.removeEventListener('pagehide', onPageHide);
  };
}

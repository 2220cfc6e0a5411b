/** Saves the draft at once when the page is hidden (tab switch, minimise) or left (pagehide). */
import type { DraftSaver } from './draft-saver';

export interface PageEvents {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: DocumentVisibilityState };
}

export function attachPageLifecycle(saver: Pick<DraftSaver, 'flush'>, page?: PageEvents): () => void {
  const events = page ?? (typeof window !== 'undefined' ? { window, document } : undefined);
  if (!events) return () => undefined;
  const onHidden = () => {
    if (events.document.visibilityState === 'hidden') void saver.flush();
  };
  const onPageHide = () => void saver.flush();
  events.document.addEventListener('visibilitychange', onHidden);
  events.window.addEventListener('pagehide', onPageHide);
  return () => {
    events.document.removeEventListener('visibilitychange', onHidden);
    events.window.removeEventListener('pagehide', onPageHide);
  };
}

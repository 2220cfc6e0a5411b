/**
 * Which view the app shows: the editor, or the workflow library (`#/library`). Hash routing keeps
 * the back button working and needs nothing from the server.
 */
import { useSyncExternalStore } from 'react';

export type AppView = 'editor' | 'library';

const LIBRARY_HASH = '#/library';

export function viewOfHash(hash: string): AppView {
  return hash === LIBRARY_HASH ? 'library' : 'editor';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useAppView(): AppView {
  return useSyncExternalStore(subscribe, () => viewOfHash(window.location.hash), () => 'editor');
}

export function showLibrary(): void {
  window.location.hash = LIBRARY_HASH;
}

export function showEditor(): void {
  if (viewOfHash(window.location.hash) === 'library') window.location.hash = '#/';
}

/** What the header shows about the draft: saved, saving, unsaved, read-only (another tab), or an error. */
import { createStore, useStore, type StoreApi } from 'zustand';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'read-only';

export interface PersistenceState {
  /** The library id of the open workflow (undefined until the draft is restored or created). */
  workflowId?: string;
  saveState: SaveState;
  /** Why saving failed, or why this tab is read-only; in the user's words. */
  error?: string;
  lastSavedAt?: number;
}

export type PersistenceStore = StoreApi<PersistenceState>;

export function createPersistenceStore(): PersistenceStore {
  return createStore<PersistenceState>()(() => ({ saveState: 'saved' }));
}

/** The app's one persistence status. */
export const persistenceStore = createPersistenceStore();

export function usePersistenceStore<T>(selector: (state: PersistenceState) => T): T {
  return useStore(persistenceStore, selector);
}

/** Replaces the status; listeners hear about it only when something actually changed. */
export function setPersistence(store: PersistenceStore, next: PersistenceState): void {
  const s = store.getState();
  if (s.workflowId === next.workflowId && s.saveState === next.saveState && s.error === next.error && s.lastSavedAt === next.lastSavedAt) return;
  store.setState(next, true);
}

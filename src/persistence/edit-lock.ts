/**
 * A read-only tab must not accept edits: while the persistence status is `read-only` (another tab
 * is the writer), the document store is locked with the reason; it unlocks when this tab writes
 * again (after "Take over", or on opening a workflow nobody else edits). The store knows nothing
 * of IndexedDB: this binding is the only link.
 */
import type { PersistenceState, PersistenceStore } from './persistence-store';

export const READ_ONLY_REASON = 'This workflow is open for editing in another tab. Take over to edit it here.';

export interface LockableDocuments {
  getState(): { setEditLock(reason: string | undefined): void };
}

export function editLockFor(state: Pick<PersistenceState, 'saveState' | 'error'>): string | undefined {
  if (state.saveState !== 'read-only') return undefined;
  return state.error ?? READ_ONLY_REASON;
}

/** Keeps the document store's edit lock in step with the persistence status; returns the unbinding. */
export function bindEditLock(status: PersistenceStore, documents: LockableDocuments): () => void {
  documents.getState().setEditLock(editLockFor(status.getState()));
  return status.subscribe((state) => documents.getState().setEditLock(editLockFor(state)));
}

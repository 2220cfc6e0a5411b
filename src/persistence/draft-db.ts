/**
 * The draft database (IndexedDB through idb): workflows, their named snapshots, and a few settings.
 * The schema is versioned; `upgrade` brings any older database (or none) to the current version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MetaRecord, SnapshotRecord, WorkflowRecord } from './records';

export const DRAFT_DB_NAME = 'flowpad-drafts';
export const DRAFT_DB_VERSION = 1;

/** Records are typed as unknown on the way out: every read goes through the zod checks in records.ts. */
export interface DraftDbSchema extends DBSchema {
  workflows: {
    key: string;
    value: WorkflowRecord;
    /** [id, revision]: lets a writer read the stored revision without loading the document. */
    indexes: { byIdRevision: [string, number]; byUpdatedAt: number };
  };
  snapshots: { key: string; value: SnapshotRecord; indexes: { byWorkflowId: string } };
  meta: { key: string; value: MetaRecord };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;

export interface OpenDraftDbOptions {
  name?: string;
  /** Another tab holds an older version open and will not let this one upgrade. */
  onBlocked?: () => void;
  /** A newer version of the app wants to upgrade: this connection closes to let it. */
  onVersionChange?: () => void;
}

export async function openDraftDb(options: OpenDraftDbOptions = {}): Promise<DraftDb> {
  const db = await openDB<DraftDbSchema>(options.name ?? DRAFT_DB_NAME, DRAFT_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const workflows = database.createObjectStore('workflows', { keyPath: 'id' });
        workflows.createIndex('byIdRevision', ['id', 'revision'], { unique: true });
        workflows.createIndex('byUpdatedAt', 'updatedAt');
        const snapshots = database.createObjectStore('snapshots', { keyPath: 'id' });
        snapshots.createIndex('byWorkflowId', 'workflowId');
        database.createObjectStore('meta', { keyPath: 'key' });
      }
      // Version 2 and later: add `if (oldVersion < 2) { ... }` here, never edit the block above.
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking() {
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}

/** The stored revision of a workflow, read from the index (the document is not loaded), or undefined. */
async function storedRevision(
  index: { openKeyCursor(range: IDBKeyRange): Promise<{ key: [string, number] } | null> },
  workflowId: string,
): Promise<number | undefined> {
  const cursor = await index.openKeyCursor(IDBKeyRange.bound([workflowId, -Infinity], [workflowId, Infinity]));
  return cursor ? cursor.key[1] : undefined;
}

/** A sentence for the save indicator: what went wrong with storage, in the user's terms. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return 'Storage is full: the browser refused to save this draft. Free some space (delete old workflows or snapshots); your changes are kept in this tab.';
    case 'VersionError':
      return 'A newer version of Flowpad has upgraded the draft storage. Reload the page; your changes are kept in this tab until then.';
    case 'InvalidStateError':
      return 'The draft storage was closed (another tab is upgrading Flowpad). Reload the page; your changes are kept in this tab.';
    case 'AbortError':
      return `Saving the draft was aborted (${detail}). Your changes are kept in this tab and will be saved with the next change.`;
    default:
      return `The draft could not be saved (${name ? `${name}: ` : ''}${detail}). Your changes are kept in this tab and will be saved with the next change.`;
  }
}

/**
 * Runs the writes of one transaction and waits for it to commit. If any step throws (even
 * synchronously, as a refused `put` does), the transaction is aborted: nothing is half-written.
 */
export async function commitAll<T>(tx: { abort(): void; done: Promise<void> }, writes: () => Promise<T>): Promise<T> {
  try {
    const result = await writes();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    tx.done.catch(() => undefined);
    throw error;
  }
}

export type RevisionWrite = { ok: true; putMs: number } | { ok: false; storedRevision: number };

/**
 * Compare-and-set: writes the record (whose revision is `expected + 1`) only if the stored revision
 * is still `expected`, or the record is not stored at all. Reads the revision from the index, so
 * the only main-thread work of any size is the `put` (the structured clone), timed in `putMs`.
 */
export async function putIfRevision(db: DraftDb, record: WorkflowRecord, expected: number): Promise<RevisionWrite> {
  const tx = db.transaction('workflows', 'readwrite');
  const stored = await storedRevision(tx.store.index('byIdRevision'), record.id);
  if (stored !== undefined && stored !== expected) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, storedRevision: stored };
  }
  let putMs = 0;
  await commitAll(tx, () => {
    const started = performance.now();
    const put = tx.store.put(record);
    putMs = performance.now() - started;
    return put;
  });
  return { ok: true, putMs };
}

/**
 * Issues the `put` in this very task and asks to commit at once, without comparing revisions (that
 * needs a callback, which a page being unloaded never runs). For the unload save of the one writer.
 * The returned promise settles when the transaction is done.
 */
export function putAndCommitNow(db: DraftDb, record: WorkflowRecord): Promise<void> {
  const tx = db.transaction('workflows', 'readwrite');
  void tx.store.put(record);
  // Older engines lack commit(): the transaction then commits on its own if the page lives on.
  (tx as { commit?: () => void }).commit?.();
  return tx.done;
}

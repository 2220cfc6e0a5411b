/**
 * The draft database (IndexedDB through idb): workflows, their named snapshots, and a few settings.
 * The schema is versioned; `upgrade` brings any older database (or none) to the current version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { issueWorkflowWrite, readWorkflow } from './graph-items';
import { readWorkflowRecord, type GraphItemRecord, type GraphList, type MetaRecord, type SnapshotRecord, type StoredWorkflow } from './records';

export const DRAFT_DB_NAME = 'flowpad-drafts';
/** 1: whole workflows in one record. 2: nodes and edges in records of their own (graph-items.ts). */
export const DRAFT_DB_VERSION = 2;

/** Records are typed as unknown on the way out: every read goes through the zod checks in records.ts. */
export interface DraftDbSchema extends DBSchema {
  workflows: {
    key: string;
    value: StoredWorkflow;
    /** [id, revision]: lets a writer read the stored revision without loading the document. */
    indexes: { byIdRevision: [string, number]; byUpdatedAt: number };
  };
  graphItems: { key: [workflowId: string, list: GraphList, id: string]; value: GraphItemRecord };
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
    async upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const workflows = database.createObjectStore('workflows', { keyPath: 'id' });
        workflows.createIndex('byIdRevision', ['id', 'revision'], { unique: true });
        workflows.createIndex('byUpdatedAt', 'updatedAt');
        const snapshots = database.createObjectStore('snapshots', { keyPath: 'id' });
        snapshots.createIndex('byWorkflowId', 'workflowId');
        database.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        database.createObjectStore('graphItems', { keyPath: ['workflowId', 'list', 'id'] });
        if (oldVersion >= 1) await keepGraphItemsApart(transaction);
      }
      // Version 3 and later: add `if (oldVersion < 3) { ... }` here, never edit the blocks above.
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

/**
 * Version 1 -> 2: every readable workflow is rewritten as a head and its items, in the upgrade's
 * own transaction (all or nothing). A damaged record is left as it is, to be reported as before.
 */
async function keepGraphItemsApart(transaction: IDBPTransaction<DraftDbSchema, StoreNames<DraftDbSchema>[], 'versionchange'>): Promise<void> {
  const stores = { workflows: transaction.objectStore('workflows'), graphItems: transaction.objectStore('graphItems') };
  const nothingStored = { nodes: new Map(), edges: new Map() };
  let cursor = await stores.workflows.openCursor();
  while (cursor) {
    const read = readWorkflowRecord(cursor.value);
    if (read.ok) await Promise.all(issueWorkflowWrite(stores, read.record, nothingStored).requests);
    cursor = await cursor.continue();
  }
}

/** The stored revision of a workflow, read from the index (the head is not loaded), or undefined. */
export async function storedRevision(
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

/** One readwrite transaction over workflows, their graph items and snapshots, with the stores at hand. */
export function writeTransaction(db: DraftDb) {
  const tx = db.transaction(['workflows', 'graphItems', 'snapshots'], 'readwrite');
  return { tx, workflows: tx.objectStore('workflows'), graphItems: tx.objectStore('graphItems'), snapshots: tx.objectStore('snapshots') };
}

/** Reads one workflow, whole and validated (graph-items.ts), in a transaction of its own. */
export function readWorkflowFrom(db: DraftDb, id: string) {
  const tx = db.transaction(['workflows', 'graphItems'], 'readonly');
  return readWorkflow({ workflows: tx.objectStore('workflows'), graphItems: tx.objectStore('graphItems') }, id);
}

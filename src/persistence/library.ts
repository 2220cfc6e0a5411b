/**
 * The workflow library: every draft the user has, kept in IndexedDB. List, create, open, rename,
 * duplicate, soft delete (trash, restorable for undo, purged later). Snapshots live in snapshots.ts,
 * bulk import in import-files.ts. Every write bumps the workflow's revision and is announced, so a
 * tab that has the workflow open can reload it (tab-coordination.ts).
 */
import type { DslDocument, SourceFormat } from '../dsl';
import { commitAll, readWorkflowFrom, writeTransaction, type DraftDb } from './draft-db';
import { abandon, issueWorkflowWrite, itemsOfWorkflow, readWorkflow, savedItemsOf, storedNodeCount } from './graph-items';
import { documentName, newRecordId, readMetaRecord, readStoredWorkflow, recordLabel, type RecordRead, type StoredWorkflow, type WorkflowRecord } from './records';

/** What the library page lists of a workflow: its record without the document, and its size. */
export type WorkflowSummary = Omit<WorkflowRecord, 'document' | 'format' | 'viewport'> & { nodeCount: number };

export interface DamagedRecord {
  id: string;
  message: string;
}

export interface WorkflowListing {
  workflows: WorkflowSummary[];
  /** Records that failed validation: reported, never loaded. */
  damaged: DamagedRecord[];
}

export interface LibraryOptions {
  /** Called after a workflow record was written, with its new revision. */
  onChange?: (workflowId: string, revision: number) => void;
  now?: () => number;
}

/** Trash older than this is purged by `purgeTrash()` by default. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;
const DIFY_FORMAT: SourceFormat = { allowUnicode: true };

export function withName(document: DslDocument, name: string): DslDocument {
  return { ...document, app: { ...document.app, name } };
}

function summary(head: StoredWorkflow): WorkflowSummary {
  const { document: _d, format: _f, viewport: _v, ...rest } = head;
  return { ...rest, nodeCount: storedNodeCount(head) };
}

export function newWorkflowRecord(document: DslDocument, format: SourceFormat, time: number): WorkflowRecord {
  return { id: newRecordId(), name: documentName(document), mode: document.app.mode, document, format, createdAt: time, updatedAt: time, revision: 0 };
}

function missing(id: string): RecordRead<WorkflowRecord> {
  return { ok: false, message: `There is no workflow with id ${id} (it may have been purged).` };
}

/** Adds new workflows, heads and items, in one transaction: all of them are stored or none. */
export async function addWorkflows(db: DraftDb, records: readonly WorkflowRecord[]): Promise<void> {
  const stores = writeTransaction(db);
  const requests: Promise<unknown>[] = [];
  await commitAll(stores.tx, () => {
    try {
      for (const record of records) requests.push(...issueWorkflowWrite(stores, record, undefined, 'add').requests);
    } catch (error) {
      abandon(requests);
      throw error;
    }
    return Promise.all(requests);
  });
}

export function createLibrary(db: DraftDb, options: LibraryOptions = {}) {
  const now = options.now ?? Date.now;
  const announce = (record: WorkflowRecord) => options.onChange?.(record.id, record.revision);

  /** Lists from the heads alone (nodes and edges are not read): a missing node shows when opening. */
  async function listWhere(keep: (head: StoredWorkflow) => boolean): Promise<WorkflowListing> {
    const raws: unknown[] = await db.getAll('workflows');
    const workflows: WorkflowSummary[] = [];
    const damaged: DamagedRecord[] = [];
    for (const raw of raws) {
      const read = readStoredWorkflow(raw);
      if (!read.ok) damaged.push({ id: recordLabel(raw), message: read.message });
      else if (keep(read.record)) workflows.push(summary(read.record));
    }
    workflows.sort((a, b) => b.updatedAt - a.updatedAt);
    return { workflows, damaged };
  }

  /** Reads, changes and writes one workflow in one transaction; the revision goes up by one. */
  async function update(id: string, change: (record: WorkflowRecord) => WorkflowRecord): Promise<RecordRead<WorkflowRecord>> {
    const stores = writeTransaction(db);
    const { tx } = stores;
    const read = (await readWorkflow(stores, id)) ?? missing(id);
    if (!read.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return read;
    }
    const next = { ...change(read.record), revision: read.record.revision + 1, updatedAt: now() };
    // Relative to what was just read: only the head and the items `change` replaced are written.
    await commitAll(tx, () => Promise.all(issueWorkflowWrite(stores, next, savedItemsOf(read.record.document)).requests));
    announce(next);
    return { ok: true, record: next };
  }

  return {
    /** Live workflows, newest first, plus any record that could not be read. */
    list: () => listWhere((r) => r.deletedAt === undefined),
    /** Workflows in the trash, most recently changed first. */
    listTrash: () => listWhere((r) => r.deletedAt !== undefined),

    async create(document: DslDocument, format: SourceFormat = DIFY_FORMAT): Promise<WorkflowRecord> {
      const record = newWorkflowRecord(document, format, now());
      await addWorkflows(db, [record]);
      announce(record);
      return record;
    },

    async open(id: string): Promise<RecordRead<WorkflowRecord>> {
      return (await readWorkflowFrom(db, id)) ?? missing(id);
    },

    /** Renames the workflow (its app name); a blank name is refused. */
    async rename(id: string, name: string): Promise<RecordRead<WorkflowRecord>> {
      const trimmed = name.trim();
      if (trimmed === '') return { ok: false, message: 'A workflow needs a name.' };
      return update(id, (r) => ({ ...r, name: trimmed, document: withName(r.document, trimmed) }));
    },

    async duplicate(id: string): Promise<RecordRead<WorkflowRecord>> {
      const read = await this.open(id);
      if (!read.ok) return read;
      const name = `${read.record.name} (copy)`;
      const time = now();
      const { deletedAt: _deleted, ...source } = read.record;
      const copy: WorkflowRecord = { ...source, id: newRecordId(), name, document: withName(source.document, name), createdAt: time, updatedAt: time, revision: 0 };
      await addWorkflows(db, [copy]);
      announce(copy);
      return { ok: true, record: copy };
    },

    /** Moves a workflow to the trash; `restore` brings it back (undo). */
    remove(id: string) {
      return update(id, (r) => ({ ...r, deletedAt: now() }));
    },

    restore(id: string) {
      return update(id, ({ deletedAt: _deleted, ...r }) => r);
    },

    /** Deletes for good what has been in the trash longer than `keepMs`, with its snapshots. */
    async purgeTrash(keepMs: number = TRASH_KEEP_MS): Promise<string[]> {
      const cutoff = now() - keepMs;
      const { tx, workflows, graphItems, snapshots } = writeTransaction(db);
      return commitAll(tx, async () => {
        const purged: string[] = [];
        for (const raw of (await workflows.getAll()) as unknown[]) {
          const read = readStoredWorkflow(raw);
          if (!read.ok || read.record.deletedAt === undefined || read.record.deletedAt > cutoff) continue;
          purged.push(read.record.id);
          await workflows.delete(read.record.id);
          await graphItems.delete(itemsOfWorkflow(read.record.id));
          for (const key of await snapshots.index('byWorkflowId').getAllKeys(read.record.id)) {
            await snapshots.delete(key);
          }
        }
        return purged;
      });
    },

    async lastOpenedId(): Promise<string | undefined> {
      const raw: unknown = await db.get('meta', 'lastOpenedWorkflowId');
      if (raw === undefined) return undefined;
      const read = readMetaRecord(raw);
      return read.ok ? read.record.value : undefined;
    },

    async setLastOpenedId(id: string): Promise<void> {
      await db.put('meta', { key: 'lastOpenedWorkflowId', value: id });
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;

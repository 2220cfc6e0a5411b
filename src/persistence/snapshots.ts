/**
 * Named snapshots of a workflow: create, list, restore. Restoring replaces the workflow's document
 * and first snapshots what it replaces ("Before restoring ..."), so a restore is itself undoable
 * by restoring that automatic snapshot.
 */
import type { DslDocument, SourceFormat } from '../dsl';
import { commitAll, writeTransaction, type DraftDb } from './draft-db';
import { issueWorkflowWrite, readWorkflow, savedItemsOf } from './graph-items';
import type { DamagedRecord, LibraryOptions } from './library';
import { documentName, newRecordId, readSnapshotRecord, recordLabel, type RecordRead, type SnapshotRecord, type WorkflowRecord } from './records';

export type SnapshotSummary = Omit<SnapshotRecord, 'document' | 'format'>;

export type SnapshotRestore =
  | { ok: true; workflow: WorkflowRecord; undoSnapshotId: string }
  | { ok: false; message: string };

export function createSnapshots(db: DraftDb, options: LibraryOptions = {}) {
  const now = options.now ?? Date.now;

  return {
    /** Snapshots the workflow as stored (flush the draft saver first to include the latest edits). */
    async create(workflowId: string, name: string): Promise<RecordRead<SnapshotRecord>> {
      const stores = writeTransaction(db);
      const { tx } = stores;
      const workflow = (await readWorkflow(stores, workflowId)) ?? { ok: false as const, message: `There is no workflow with id ${workflowId}.` };
      if (!workflow.ok) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return workflow;
      }
      const { document, format } = workflow.record;
      const snapshot: SnapshotRecord = { id: newRecordId(), workflowId, name, document, format, createdAt: now() };
      await commitAll(tx, () => stores.snapshots.add(snapshot));
      return { ok: true, record: snapshot };
    },

    /** Keeps a document that is not stored (a tab's unsaved edits) as a snapshot of the workflow. */
    async keep(workflowId: string, name: string, document: DslDocument, format: SourceFormat): Promise<SnapshotRecord> {
      const snapshot: SnapshotRecord = { id: newRecordId(), workflowId, name, document, format, createdAt: now() };
      await db.add('snapshots', snapshot);
      return snapshot;
    },

    /** The workflow's snapshots, newest first, plus any that could not be read. */
    async list(workflowId: string): Promise<{ snapshots: SnapshotSummary[]; damaged: DamagedRecord[] }> {
      const raws: unknown[] = await db.getAllFromIndex('snapshots', 'byWorkflowId', workflowId);
      const snapshots: SnapshotSummary[] = [];
      const damaged: DamagedRecord[] = [];
      for (const raw of raws) {
        const read = readSnapshotRecord(raw);
        if (!read.ok) damaged.push({ id: recordLabel(raw), message: read.message });
        else {
          const { document: _d, format: _f, ...rest } = read.record;
          snapshots.push(rest);
        }
      }
      snapshots.sort((a, b) => b.createdAt - a.createdAt);
      return { snapshots, damaged };
    },

    /** Replaces the workflow's document with the snapshot's, after snapshotting the current one. */
    async restore(snapshotId: string): Promise<SnapshotRestore> {
      const stores = writeTransaction(db);
      const { tx } = stores;
      const fail = async (message: string): Promise<SnapshotRestore> => {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { ok: false, message };
      };
      const rawSnapshot: unknown = await stores.snapshots.get(snapshotId);
      if (rawSnapshot === undefined) return fail(`There is no snapshot with id ${snapshotId}.`);
      const snapshot = readSnapshotRecord(rawSnapshot);
      if (!snapshot.ok) return fail(snapshot.message);
      const workflow = await readWorkflow(stores, snapshot.record.workflowId);
      if (workflow === undefined) return fail('The workflow of this snapshot no longer exists.');
      if (!workflow.ok) return fail(workflow.message);

      const time = now();
      const current = workflow.record;
      const undo: SnapshotRecord = {
        id: newRecordId(),
        workflowId: current.id,
        name: `Before restoring "${snapshot.record.name}"`,
        document: current.document,
        format: current.format,
        createdAt: time,
      };
      const { document, format } = snapshot.record;
      const restored: WorkflowRecord = { ...current, document, format, name: documentName(document), mode: document.app.mode, updatedAt: time, revision: current.revision + 1 };
      await commitAll(tx, async () => {
        await stores.snapshots.add(undo);
        await Promise.all(issueWorkflowWrite(stores, restored, savedItemsOf(current.document)).requests);
      });
      options.onChange?.(restored.id, restored.revision);
      return { ok: true, workflow: restored, undoSnapshotId: undo.id };
    },

    async remove(snapshotId: string): Promise<void> {
      await db.delete('snapshots', snapshotId);
    },
  };
}

export type Snapshots = ReturnType<typeof createSnapshots>;

/**
 * Writes the open workflow for the draft saver, each time only what changed since the last write:
 * the head and the graph items that are not the very objects last written (graph-items.ts). It
 * knows what storage holds only as long as every write it issued commits; after a failure, or
 * when told it does not know (another tab or the library wrote), the next write replaces every
 * item. Each write is one transaction: storage holds the old workflow or the new one, never a mix.
 */
import type { DslDocument } from '../dsl';
import { commitAll, storedRevision, writeTransaction, type DraftDb } from './draft-db';
import { issueWorkflowWrite, savedItemsOf, type IssuedWrite, type SavedItems } from './graph-items';
import type { WorkflowRecord } from './records';

export type RevisionWrite =
  | { ok: true; putMs: number; itemWrites: number }
  /** Another writer stored a revision other than the expected one. */
  | { ok: false; storedRevision: number }
  /** An unload write was issued meanwhile, with newer content: this one was dropped. */
  | { ok: false; superseded: true };

export function createWorkflowWriter() {
  /** What storage holds of the workflow's items once every issued write commits; undefined = not known. */
  let saved: SavedItems | undefined;
  let issuedCount = 0;
  let inFlight = 0;
  /** The last unload write, settled either way: a later write waits for it. */
  let unloading: Promise<void> = Promise.resolve();

  /** Issues the requests in this task; the main-thread cost (structured clones) is timed. */
  function issue(stores: ReturnType<typeof writeTransaction>, record: WorkflowRecord, base: SavedItems | undefined): { issued: IssuedWrite; ms: number } {
    const started = performance.now();
    let issued: IssuedWrite;
    try {
      issued = issueWorkflowWrite(stores, record, base);
    } catch (error) {
      // Some requests may be out already; the caller aborts the transaction, and nothing is known.
      saved = undefined;
      throw error;
    }
    const ms = performance.now() - started;
    saved = issued.saved;
    issuedCount++;
    inFlight++;
    return { issued, ms };
  }

  /** Once an issued write settles: a failed one leaves storage as it was, which is then not known. */
  const settled = (failed: boolean) => {
    inFlight--;
    if (failed) saved = undefined;
  };

  return {
    /** Storage holds this document's items (just read or written elsewhere), or not known (undefined). */
    know(document: DslDocument | undefined) {
      saved = document ? savedItemsOf(document) : undefined;
    },

    /**
     * Compare-and-set: writes the record (revision `expected + 1`) only if the stored revision is
     * still `expected` or the workflow is not stored at all. The revision comes from the index, so
     * the only main-thread work of any size is issuing the changed records, timed in `putMs`.
     */
    async writeIfRevision(db: DraftDb, record: WorkflowRecord, expected: number): Promise<RevisionWrite> {
      await unloading;
      const before = issuedCount;
      const stores = writeTransaction(db);
      const { tx } = stores;
      const stored = await storedRevision(stores.workflows.index('byIdRevision'), record.id);
      const superseded = issuedCount !== before;
      if (superseded || (stored !== undefined && stored !== expected)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return superseded ? { ok: false, superseded: true } : { ok: false, storedRevision: stored ?? -1 };
      }
      let result: { issued: IssuedWrite; ms: number } | undefined;
      try {
        await commitAll(tx, () => {
          result = issue(stores, record, saved);
          return Promise.all(result.issued.requests);
        });
        if (result) settled(false);
      } catch (error) {
        if (result) settled(true);
        saved = undefined;
        throw error;
      }
      return { ok: true, putMs: result?.ms ?? 0, itemWrites: result?.issued.itemWrites ?? 0 };
    },

    /**
     * Issues the whole write in this very task and asks to commit at once, without comparing
     * revisions (that needs a callback, which a page being unloaded never runs). For the unload
     * save of the one writer. With another write still in flight, it replaces every item, so it
     * does not rest on that write committing. Throws if it could not be issued.
     */
    writeNow(db: DraftDb, record: WorkflowRecord): Promise<void> {
      const stores = writeTransaction(db);
      let issued: IssuedWrite;
      try {
        issued = issue(stores, record, inFlight > 0 ? undefined : saved).issued;
      } catch (error) {
        stores.tx.abort();
        stores.tx.done.catch(() => undefined);
        throw error;
      }
      // Older engines lack commit(): the transaction then commits on its own if the page lives on.
      (stores.tx as { commit?: () => void }).commit?.();
      const done = Promise.all([...issued.requests, stores.tx.done]).then(
        () => settled(false),
        (error: unknown) => {
          settled(true);
          throw error;
        },
      );
      unloading = done.catch(() => undefined);
      return done;
    },
  };
}

export type WorkflowWriter = ReturnType<typeof createWorkflowWriter>;

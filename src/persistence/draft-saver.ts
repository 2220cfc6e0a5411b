/**
 * Saves the open workflow to the library as the user edits: debounced after each change, at once
 * when the page is hidden or left. The hot path writes structured data (no YAML), and only what
 * changed: the workflow's head and the nodes and edges edited since the last write (workflow-writer.ts).
 * A write only replaces the revision this tab loaded (compare-and-set in the transaction); if the
 * stored one is newer, this tab goes read-only instead of overwriting. Storage errors never lose
 * the in-memory document: the status says why, and the next change retries.
 */
import type { DslDocument, SourceFormat, Viewport } from '../dsl';
import { describeStorageError, type DraftDb } from './draft-db';
import { createLibrary, newWorkflowRecord, type Library } from './library';
import { documentName, type WorkflowRecord } from './records';
import { chooseWorkflowToRestore } from './restore-choice';
import { keepReplacedVersion, keepUnsavedEdits } from './kept-versions';
import { openInEditor, type DocumentSource } from './open-in-editor';
import { setPersistence, type PersistenceState, type PersistenceStore } from './persistence-store';
import type { TabCoordinator, WriterRole } from './tab-coordination';
import { createWorkflowWriter } from './workflow-writer';

export interface DraftSaverOptions {
  /** Opens the database; called again after a failure, so a later change can retry. */
  openDb: () => Promise<DraftDb>;
  documents: DocumentSource;
  status: PersistenceStore;
  coordinator?: TabCoordinator;
  debounceMs?: number;
  now?: () => number;
}

export interface OpenedWorkflow {
  workflowId: string;
  viewport?: Viewport;
  /** Set when the last workflow could not be loaded (it is left untouched in storage). */
  problem?: string;
}

/** The open workflow: its record without the document (which lives in the document store). */
type Current = { base: Omit<WorkflowRecord, 'document' | 'format'>; documentKey: number };
type Content = { document: DslDocument; format: SourceFormat };

export const SAVE_DEBOUNCE_MS = 500;
const TAKEN_OVER = 'Read-only: another tab is editing this workflow. Take over to edit it here.';
const keptMessage = (name: string) => `Read-only: another tab is editing this workflow. This tab's unsaved edits were kept as the version "${name}" (Versions). Take over to edit here.`;
const CHANGED_ELSEWHERE = 'Read-only: this workflow was changed in another tab or window, so this tab stopped saving to avoid overwriting it. Take over to keep this version.';

export function createDraftSaver(options: DraftSaverOptions) {
  const { documents, status, coordinator } = options;
  const debounceMs = options.debounceMs ?? SAVE_DEBOUNCE_MS;
  const now = options.now ?? Date.now;
  let dbPromise: Promise<DraftDb> | undefined;
  let current: Current | undefined;
  let role: WriterRole = 'writer';
  let dirty = false;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let lastPutMs = 0;
  let lastItemWrites = 0;
  /** Writes the current workflow incrementally; told what storage holds whenever that changes. */
  const writer = createWorkflowWriter();
  /** The open connection, for the unload write, which cannot wait for a promise. */
  let openedDb: DraftDb | undefined;
  /** A write has taken its content but not yet issued its `put`. */
  let putPending = false;
  /** The revision the last unload write stored without a compare (see `flushNow`). */
  let unloadRevision: number | undefined;
  /** The document as last stored or loaded: edits since then are not in the library. */
  let storedDocument: DslDocument | undefined;

  const getDb = () => {
    dbPromise ??= options.openDb().then(
      (db) => (openedDb = db),
      (error: unknown) => {
        dbPromise = undefined;
        openedDb = undefined;
        throw error;
      },
    );
    return dbPromise;
  };
  const library = async (): Promise<Library> => createLibrary(await getDb(), { now });
  const report = (next: Omit<PersistenceState, 'workflowId' | 'lastSavedAt'>) =>
    setPersistence(status, { workflowId: current?.base.id, lastSavedAt: status.getState().lastSavedAt, ...next });
  /** Runs tasks one at a time, in order; a failing task is reported and does not stop the queue. */
  function queued<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.then(
      () => undefined,
      (error: unknown) => report({ saveState: 'error', error: describeStorageError(error) }),
    );
    return run;
  }
  const later = (task: () => Promise<void>) => void queued(task).catch(() => undefined);
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  function goReadOnly(message: string) {
    clearTimer();
    if (current && role === 'writer') coordinator?.release(current.base.id);
    role = 'read-only';
    report({ saveState: 'read-only', error: message });
  }

  /** Writes one content to the current workflow, if this tab may and the stored revision allows. */
  async function write(content: Content): Promise<void> {
    if (!current || role !== 'writer') return;
    const target = current;
    const expected = target.base.revision;
    const record = recordOf(target, content);
    dirty = false;
    putPending = true;
    report({ saveState: 'saving' });
    try {
      const written = await writer.writeIfRevision(await getDb(), record, expected);
      if (!written.ok) {
        // This tab's own unload write got there first (or was issued meanwhile), with newer content: nothing to do.
        if ('superseded' in written) return;
        if (written.storedRevision === unloadRevision && written.storedRevision === target.base.revision) return;
        dirty = true;
        return goReadOnly(CHANGED_ELSEWHERE);
      }
      lastPutMs = written.putMs;
      lastItemWrites = written.itemWrites;
      storedDocument = content.document;
      target.base = { ...target.base, name: record.name, mode: record.mode, updatedAt: record.updatedAt, revision: record.revision };
      coordinator?.announceChange(record.id, record.revision);
      setPersistence(status, { workflowId: record.id, saveState: dirty ? 'unsaved' : 'saved', lastSavedAt: record.updatedAt });
    } catch (error) {
      dirty = true;
      if (error instanceof Error && error.name === 'InvalidStateError') dbPromise = undefined;
      report({ saveState: 'error', error: describeStorageError(error) });
    } finally {
      putPending = false;
    }
  }

  /**
   * The page is being hidden or left: the `put` must be issued in this very task, because a page
   * being unloaded runs no later callback (the compare-and-set of `write` needs one). So this write
   * does not compare revisions: it relies on the Web Lock, which makes this tab the only writer, and
   * `commit()` makes the browser finish it even after the page is gone. Returns false when it could
   * not be issued now (the caller falls back to the queued flush).
   */
  function writeNow(): boolean {
    const state = documents.getState();
    const db = openedDb;
    if (!current || role !== 'writer' || !db || current.documentKey !== state.documentKey) return false;
    const target = current;
    const record = recordOf(target, state);
    try {
      const committed = writer.writeNow(db, record);
      dirty = false;
      storedDocument = record.document;
      unloadRevision = record.revision;
      target.base = { ...target.base, name: record.name, mode: record.mode, updatedAt: record.updatedAt, revision: record.revision };
      committed.then(
        () => {
          coordinator?.announceChange(record.id, record.revision);
          setPersistence(status, { workflowId: record.id, saveState: dirty ? 'unsaved' : 'saved', lastSavedAt: record.updatedAt });
        },
        (error: unknown) => {
          dirty = true;
          report({ saveState: 'error', error: describeStorageError(error) });
        },
      );
      return true;
    } catch {
      return false;
    }
  }

  const recordOf = (target: Current, { document, format }: Content): WorkflowRecord => ({
    ...target.base, document, format, name: documentName(document), mode: document.app.mode, updatedAt: now(), revision: target.base.revision + 1,
  });

  /** Saves the editor's document, unless another document was opened meanwhile (adopt() saves that one). */
  const saveLatest = () => {
    const state = documents.getState();
    return dirty && role === 'writer' && current?.documentKey === state.documentKey ? write(state) : Promise.resolve();
  };

  /** Remembers the workflow to reopen on the next start; a failure here only loses that hint. */
  const remember = async (workflowId: string) => {
    try {
      await (await library()).setLastOpenedId(workflowId);
    } catch {
      // The status already reports storage failures from the writes themselves.
    }
  };

  function schedule() {
    clearTimer();
    timer = setTimeout(() => {
      timer = undefined;
      later(saveLatest);
    }, debounceMs);
  }

  function markChanged() {
    dirty = true;
    if (role !== 'writer') return;
    if (status.getState().saveState !== 'error') report({ saveState: 'unsaved' });
    schedule();
  }

  /** Shows a stored workflow in the editor and makes it the one this saver writes. */
  async function show(record: WorkflowRecord): Promise<OpenedWorkflow> {
    clearTimer();
    const previous = current?.base.id;
    const { document: _d, format: _f, ...base } = record;
    applying = true;
    try {
      openInEditor(documents, record);
    } finally {
      applying = false;
    }
    current = { base, documentKey: documents.getState().documentKey };
    storedDocument = documents.getState().document;
    // The editor holds the very node and edge objects just read: they are in storage.
    writer.know(record.document);
    dirty = false;
    if (previous !== record.id) await claim(previous);
    if (role === 'writer') report({ saveState: 'saved' });
    // A tab following another one shows each of its saves: the hint is already this workflow.
    if (previous !== record.id) await remember(record.id);
    return { workflowId: record.id, viewport: record.viewport };
  }

  async function claim(previous: string | undefined) {
    if (previous !== undefined && role === 'writer') coordinator?.release(previous);
    role = coordinator && current ? await coordinator.claim(current.base.id) : 'writer';
    if (role === 'read-only') report({ saveState: 'read-only', error: TAKEN_OVER });
  }

  /** The editor holds a document that is not in the library yet (new, imported): add it. */
  async function adopt(content: Content, documentKey: number): Promise<OpenedWorkflow> {
    const previous = current?.base.id;
    const { document: _d, format: _f, ...base } = newWorkflowRecord(content.document, content.format, now());
    current = { base: { ...base, revision: -1 }, documentKey };
    writer.know(undefined);
    await claim(previous);
    dirty = true;
    await write(content);
    await remember(base.id);
    return { workflowId: base.id };
  }

  /** Another tab or the library wrote the workflow: reload it, or stop writing if this tab has edits. */
  async function reload(workflowId: string, revision: number) {
    if (!current || current.base.id !== workflowId || revision <= current.base.revision) return;
    if (role === 'writer' && dirty) return goReadOnly(CHANGED_ELSEWHERE);
    const read = await library().then((lib) => lib.open(workflowId), (error: unknown) => ({ ok: false as const, message: describeStorageError(error) }));
    if (!read.ok) return report({ saveState: 'error', error: read.message });
    let kept: string | undefined;
    try {
      kept = await keepEditsBeforeFollowing();
    } catch (error) {
      // Following would throw the edits away: stay on them, read-only, and say why.
      return report({ saveState: 'read-only', error: `${CHANGED_ELSEWHERE} ${describeStorageError(error)}` });
    }
    const keepRole = role;
    await show(read.record);
    if (keepRole === 'read-only') report({ saveState: 'read-only', error: kept ? keptMessage(kept) : status.getState().error ?? TAKEN_OVER });
  }

  /**
   * A tab that lost the writer role before its last edits were stored is about to follow the other
   * tab: its edits are kept as a snapshot first, never dropped. Returns the snapshot's name.
   */
  async function keepEditsBeforeFollowing(): Promise<string | undefined> {
    const state = documents.getState();
    if (!current || state.documentKey !== current.documentKey || state.document === storedDocument) return undefined;
    const name = await keepUnsavedEdits(await getDb(), current.base.id, state, now);
    storedDocument = state.document;
    return name;
  }

  const unsubscribeDocuments = documents.subscribe((state, previous) => {
    if (applying || !current) return;
    if (state.documentKey !== current.documentKey) {
      const leaving: Content = { document: previous.document, format: previous.format };
      const hadEdits = dirty;
      clearTimer();
      later(async () => {
        if (hadEdits && role === 'writer') await write(leaving);
        await adopt({ document: state.document, format: state.format }, state.documentKey);
      });
    } else if (state.document !== previous.document || state.format !== previous.format) {
      markChanged();
    }
  });

  const unsubscribeTabs = coordinator?.subscribe((event) => {
    if (!current || event.workflowId !== current.base.id) return;
    if (event.type === 'changed') later(() => reload(event.workflowId, event.revision));
    else if (role === 'writer') goReadOnly(TAKEN_OVER);
  });

  return {
    /** Opens the last workflow, else the newest one, else adds the editor's document as a new one. */
    restoreLastWorkflow(): Promise<OpenedWorkflow> {
      const startKey = documents.getState().documentKey;
      return queued(async () => {
        let problem: string | undefined;
        try {
          // If the user opened another document meanwhile, that one is kept (and added) instead.
          const choice = documents.getState().documentKey === startKey ? await chooseWorkflowToRestore(await library()) : {};
          problem = choice.problem;
          if (choice.record) return { ...(await show(choice.record)), problem };
        } catch (error) {
          problem = describeStorageError(error);
        }
        const state = documents.getState();
        return { ...(await adopt(state, state.documentKey)), problem };
      });
    },
    /** Opens a workflow of the library in the editor (after saving the one open now). */
    open(workflowId: string): Promise<OpenedWorkflow | { problem: string }> {
      clearTimer();
      return queued(async () => {
        await saveLatest();
        try {
          const read = await (await library()).open(workflowId);
          return read.ok ? await show(read.record) : { problem: read.message };
        } catch (error) {
          return { problem: describeStorageError(error) };
        }
      });
    },
    /** Saves pending changes now (before a snapshot, an export, opening another workflow). */
    flush(): Promise<void> {
      clearTimer();
      return queued(saveLatest);
    },
    /** The page is hidden or being left: issues the write in this task if there is anything to save. */
    flushNow(): void {
      if (!dirty && !putPending) return;
      clearTimer();
      if (!writeNow()) void queued(saveLatest).catch(() => undefined);
    },
    /** Where the user left the canvas; saved with the workflow, not part of the document. */
    setViewport(viewport: Viewport) {
      const apply = () => {
        if (!current) return;
        current.base = { ...current.base, viewport };
        markChanged();
      };
      // At once when the workflow shown is the one this saver writes, so a reload right after a
      // pan still saves it; queued while the document shown may still be on its way into the library.
      if (current && current.documentKey === documents.getState().documentKey) apply();
      else later(async () => apply());
    },
    /** Makes this tab the writer again: steals the lock; keeps what it shows if it has edits. */
    takeOver(): Promise<void> {
      return queued(async () => {
        if (!current || role === 'writer') return;
        const id = current.base.id;
        await coordinator?.takeOver(id);
        role = 'writer';
        const read = await library().then((lib) => lib.open(id), () => undefined);
        if (read?.ok && !dirty && read.record.revision > current.base.revision) {
          await show(read.record);
        } else {
          if (read?.ok) {
            // This tab's edits replace what another tab saved meanwhile: that version is kept first.
            if (dirty && read.record.revision > current.base.revision) await keepReplacedVersion(await getDb(), id, now);
            const { document: _d, format: _f, ...stored } = read.record;
            current.base = { ...stored, viewport: current.base.viewport ?? stored.viewport };
            // Storage holds what another tab wrote, not what this tab last wrote: replace every item.
            writer.know(undefined);
          }
          report({ saveState: dirty ? 'unsaved' : 'saved' });
          await saveLatest();
        }
      });
    },
    /** A write to the open workflow by this tab's library (rename, restore a snapshot). */
    noticeChange(workflowId: string, revision: number): Promise<void> {
      return queued(() => reload(workflowId, revision));
    },
    get role(): WriterRole {
      return role;
    },
    /** Main-thread time of issuing the last write (the structured clones of the changed records), in ms. */
    get lastPutMs(): number {
      return lastPutMs;
    },
    /** Node and edge records the last write put or deleted (the head not counted). */
    get lastItemWrites(): number {
      return lastItemWrites;
    },
    dispose() {
      clearTimer();
      unsubscribeDocuments();
      unsubscribeTabs?.();
      if (current && role === 'writer') coordinator?.release(current.base.id);
    },
  };
}

export type DraftSaver = ReturnType<typeof createDraftSaver>;

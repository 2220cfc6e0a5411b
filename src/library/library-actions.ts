/**
 * What the library page does, through the draft session's library API. Anything that writes the
 * workflow open in the editor saves its pending edits first, so the write never meets unsaved
 * changes (which would make the editor stop saving, as if another tab had written).
 */
import type { FileImport } from '../persistence/import-files';
import type { WorkflowListing } from '../persistence/library';
import { persistenceStore } from '../persistence/persistence-store';
import { startDraftPersistence } from '../persistence/session';
import { showEditor } from './app-view';
import { newApp, type AppMode } from './new-app';

export type ActionOutcome = { ok: true } | { ok: false; message: string };

const session = startDraftPersistence;
const done: ActionOutcome = { ok: true };

export const isOpenInEditor = (workflowId: string) => persistenceStore.getState().workflowId === workflowId;

async function saveIfOpen(workflowId: string): Promise<void> {
  if (isOpenInEditor(workflowId)) await (await session()).saver.flush();
}

let purged: Promise<void> | undefined;

/**
 * Deletes for good what has been in the trash for a month (with its versions), once per page
 * session: the purge reads and writes every record.
 */
export function purgeOldTrash(): Promise<void> {
  purged ??= (async () => {
    await (await (await session()).library()).purgeTrash();
  })().catch((error: unknown) => {
    purged = undefined; // try again next time
    throw error;
  });
  return purged;
}

export async function listLibrary(): Promise<WorkflowListing> {
  return (await (await session()).library()).list();
}

/** Opens a workflow in the editor (the one open now is saved first) and shows the editor. */
export async function openWorkflow(workflowId: string): Promise<ActionOutcome> {
  // Already open: back to it as it is (reopening would drop its undo history).
  if (isOpenInEditor(workflowId)) {
    showEditor();
    return done;
  }
  const opened = await (await session()).saver.open(workflowId);
  if (!('workflowId' in opened)) return { ok: false, message: opened.problem };
  showEditor();
  return done;
}

export async function createWorkflow(mode: AppMode): Promise<ActionOutcome> {
  const record = await (await (await session()).library()).create(newApp(mode));
  return openWorkflow(record.id);
}

export async function renameWorkflow(workflowId: string, name: string): Promise<ActionOutcome> {
  await saveIfOpen(workflowId);
  const renamed = await (await (await session()).library()).rename(workflowId, name);
  return renamed.ok ? done : { ok: false, message: renamed.message };
}

export async function duplicateWorkflow(workflowId: string): Promise<ActionOutcome> {
  await saveIfOpen(workflowId);
  const copy = await (await (await session()).library()).duplicate(workflowId);
  return copy.ok ? done : { ok: false, message: copy.message };
}

/** Moves a workflow to the trash; `restoreWorkflow` is its undo. The open workflow is not deleted. */
export async function deleteWorkflow(workflowId: string): Promise<ActionOutcome> {
  if (isOpenInEditor(workflowId)) return { ok: false, message: 'This workflow is open in the editor: open another one before deleting it.' };
  const removed = await (await (await session()).library()).remove(workflowId);
  return removed.ok ? done : { ok: false, message: removed.message };
}

export async function restoreWorkflow(workflowId: string): Promise<ActionOutcome> {
  const restored = await (await (await session()).library()).restore(workflowId);
  return restored.ok ? done : { ok: false, message: restored.message };
}

/** Adds many files to the library at once; each file gets its own outcome. */
export async function importWorkflowFiles(files: readonly File[], acceptNewerVersions = false): Promise<FileImport[]> {
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  return (await session()).importFiles(texts, { acceptNewerVersions });
}

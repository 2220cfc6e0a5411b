/**
 * Versions (named snapshots) of the open workflow, through the draft session. Saving and restoring
 * store the editor's pending edits first, so a version holds what the user sees, and a restore
 * never meets unsaved changes. A restore keeps the state it replaces as the version
 * `Before restoring "<name>"` (snapshots.ts), so nothing is lost; the editor then reloads the workflow.
 */
import type { SnapshotSummary } from '../persistence/snapshots';
import { startDraftPersistence } from '../persistence/session';
import type { ActionOutcome } from './library-actions';

const session = startDraftPersistence;

export async function listVersions(workflowId: string): Promise<SnapshotSummary[]> {
  return (await (await (await session()).snapshots()).list(workflowId)).snapshots;
}

export async function saveVersion(workflowId: string, name: string): Promise<ActionOutcome> {
  const s = await session();
  await s.saver.flush();
  const created = await (await s.snapshots()).create(workflowId, name.trim() || defaultVersionName(Date.now()));
  return created.ok ? { ok: true } : { ok: false, message: created.message };
}

export async function restoreVersion(snapshotId: string): Promise<ActionOutcome> {
  const s = await session();
  if (s.saver.role !== 'writer') return { ok: false, message: 'Another tab is editing this workflow: take over before restoring a version.' };
  await s.saver.flush();
  const restored = await (await s.snapshots()).restore(snapshotId);
  if (!restored.ok) return { ok: false, message: restored.message };
  // The restore announced itself to the saver, which reloads the workflow; wait until it has.
  await s.saver.flush();
  return { ok: true };
}

export async function deleteVersion(snapshotId: string): Promise<void> {
  await (await (await session()).snapshots()).remove(snapshotId);
}

export function defaultVersionName(time: number): string {
  return `Version of ${new Date(time).toLocaleString()}`;
}

/**
 * Versions the draft saver keeps on its own so that two tabs never lose each other's work: the
 * edits of a tab that was taken over before it could save them, and what another tab had saved
 * when this tab takes over with edits of its own.
 */
import type { DslDocument, SourceFormat } from '../dsl';
import type { DraftDb } from './draft-db';
import { createSnapshots } from './snapshots';

const at = (time: number) => new Date(time).toLocaleString();

/** Keeps a tab's unsaved document as a version of the workflow; returns the version's name. */
export async function keepUnsavedEdits(db: DraftDb, workflowId: string, content: { document: DslDocument; format: SourceFormat }, now: () => number): Promise<string> {
  const name = `Edits not saved when another tab took over (${at(now())})`;
  await createSnapshots(db, { now }).keep(workflowId, name, content.document, content.format);
  return name;
}

/** Keeps the stored workflow (another tab's save) as a version before this tab replaces it. */
export async function keepReplacedVersion(db: DraftDb, workflowId: string, now: () => number): Promise<string> {
  const name = `Saved in another tab, replaced on take over (${at(now())})`;
  const kept = await createSnapshots(db, { now }).create(workflowId, name);
  if (!kept.ok) throw new Error(kept.message);
  return name;
}

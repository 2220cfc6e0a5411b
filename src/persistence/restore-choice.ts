/** Which workflow the app reopens on start: the last one opened, else the newest, else none. */
import type { Library } from './library';
import type { WorkflowRecord } from './records';

export interface RestoreChoice {
  record?: WorkflowRecord;
  /** Set when the last workflow could not be read; it is left untouched in storage. */
  problem?: string;
}

export async function chooseWorkflowToRestore(library: Library): Promise<RestoreChoice> {
  let problem: string | undefined;
  const lastId = await library.lastOpenedId();
  if (lastId !== undefined) {
    const last = await library.open(lastId);
    if (!last.ok) problem = `Your last workflow could not be opened; it was left as it is. ${last.message}`;
    else if (last.record.deletedAt === undefined) return { record: last.record };
  }
  for (const summary of (await library.list()).workflows) {
    const read = await library.open(summary.id);
    if (read.ok) return { record: read.record, problem };
  }
  return { problem };
}

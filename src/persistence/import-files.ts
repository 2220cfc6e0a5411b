/**
 * Imports many DSL files at once. Each file is parsed on its own and reported on its own; the ones
 * that parse are written in a single transaction, so either all of them are stored or none is.
 */
import { parse, type DslError, type DslWarning, type ImportStatus } from '../dsl';
import type { DraftDb } from './draft-db';
import { addWorkflows, newWorkflowRecord, type LibraryOptions } from './library';
import type { WorkflowRecord } from './records';

export interface ImportFile {
  name: string;
  text: string;
}

export type FileImport =
  | { file: string; outcome: 'imported'; workflowId: string; status: ImportStatus; warnings: DslWarning[] }
  /** A newer DSL version: imported only when the user confirms (`acceptNewerVersions`). */
  | { file: string; outcome: 'needs-confirmation'; warnings: DslWarning[] }
  | { file: string; outcome: 'failed'; errors: DslError[] };

export interface ImportOptions extends LibraryOptions {
  acceptNewerVersions?: boolean;
}

export async function importFiles(db: DraftDb, files: readonly ImportFile[], options: ImportOptions = {}): Promise<FileImport[]> {
  const now = options.now ?? Date.now;
  const results: FileImport[] = [];
  const records: WorkflowRecord[] = [];
  for (const file of files) {
    const parsed = parse(file.text);
    if (!parsed.ok) {
      results.push({ file: file.name, outcome: 'failed', errors: parsed.errors });
    } else if (parsed.status === 'pending' && !options.acceptNewerVersions) {
      results.push({ file: file.name, outcome: 'needs-confirmation', warnings: parsed.warnings });
    } else {
      const record = newWorkflowRecord(parsed.document, parsed.format, now());
      records.push(record);
      results.push({ file: file.name, outcome: 'imported', workflowId: record.id, status: parsed.status, warnings: parsed.warnings });
    }
  }
  if (records.length === 0) return results;
  try {
    await addWorkflows(db, records);
  } catch (error) {
    const message = `Nothing was imported: storage refused the write (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}).`;
    return results.map((r) => (r.outcome === 'imported' ? { file: r.file, outcome: 'failed', errors: [{ path: '(storage)', message }] } : r));
  }
  for (const r of records) options.onChange?.(r.id, r.revision);
  return results;
}

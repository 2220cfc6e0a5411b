/**
 * One import flow for every way a DSL arrives: the Import button, a file dropped on the canvas,
 * YAML pasted on the canvas. A file that does not parse shows its errors and leaves the open
 * workflow untouched; a newer or other-major version asks first; an older one imports with a
 * notice. The header's ImportExport renders what is pending here.
 */
import { createStore, useStore } from 'zustand';
import { parse, type DslError, type ParseResult } from '../dsl';
import { documentStore } from '../store/document-store';

export type PendingImport =
  | { kind: 'errors'; file: string; errors: DslError[] }
  | { kind: 'confirm'; file: string; result: Extract<ParseResult, { ok: true }> }
  | { kind: 'paste'; text: string }
  | { kind: 'secrets'; names: string[] }
  | { kind: 'notice'; text: string };

export const PASTED_FILE_NAME = 'Pasted text';

export const importFlow = createStore<{ pending: PendingImport | null }>()(() => ({ pending: null }));

export function usePendingImport(): PendingImport | null {
  return useStore(importFlow, (s) => s.pending);
}

export function setPending(pending: PendingImport | null): void {
  importFlow.setState({ pending });
}

/** Opens a parsed document, with a notice when its version is older or missing. */
export function openParsedDocument(result: Extract<ParseResult, { ok: true }>): void {
  documentStore.getState().openParsed(result);
  const caution = result.warnings.find((w) => w.code === 'version-older' || w.code === 'version-missing');
  setPending(caution ? { kind: 'notice', text: caution.message } : null);
}

export function importDslText(file: string, text: string): void {
  const result = parse(text);
  if (!result.ok) return setPending({ kind: 'errors', file, errors: result.errors });
  if (result.status === 'pending') return setPending({ kind: 'confirm', file, result });
  openParsedDocument(result);
}

export async function importDslFile(file: File): Promise<void> {
  importDslText(file.name, await file.text());
}

/** Files dropped on the canvas: one is imported; several are pointed to the library's import. */
export function importDroppedFiles(files: readonly File[]): void {
  const [first] = files;
  if (!first) return;
  if (files.length > 1) {
    setPending({ kind: 'notice', text: `${files.length} files were dropped: drop one file to open it, or import many at once from Workflows → Import files.` });
    return;
  }
  void importDslFile(first);
}

/** Text with a top-level `app:` or `workflow:` key reads as a Dify DSL file (cheap: no parse). */
export function looksLikeDsl(text: string): boolean {
  return /^(app|workflow)[ \t]*:/m.test(text);
}

/** Pasted text that looks like a DSL file: asks before replacing the open workflow; false otherwise. */
export function offerPastedDsl(text: string): boolean {
  if (!looksLikeDsl(text)) return false;
  setPending({ kind: 'paste', text });
  return true;
}

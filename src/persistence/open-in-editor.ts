/** Puts a stored workflow into the editor's document store, as if it had just been imported. */
import type { DslDocument, Viewport } from '../dsl';
import type { DocumentState } from '../store/document-store';
import type { WorkflowRecord } from './records';

export type DocumentFields = Pick<DocumentState, 'document' | 'format' | 'documentKey' | 'openParsed'>;

/** The parts of the document store persistence relies on. */
export interface DocumentSource {
  getState(): DocumentFields;
  subscribe(listener: (state: DocumentFields, previous: DocumentFields) => void): () => void;
}

/** The canvas starts from the document's viewport, so the saved one goes there (structurally shared). */
function withViewport(document: DslDocument, viewport: Viewport | undefined): DslDocument {
  if (!viewport) return document;
  return { ...document, workflow: { ...document.workflow, graph: { ...document.workflow.graph, viewport } } };
}

export function openInEditor(documents: DocumentSource, record: WorkflowRecord): void {
  const { document, format, viewport } = record;
  documents.getState().openParsed({ ok: true, document: withViewport(document, viewport), format, warnings: [], status: 'completed', version: document.version ?? '0.6.0' });
}

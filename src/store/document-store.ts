/**
 * The open workflow: the DSL document is the single source of truth of the editor. The canvas
 * renders from it through narrow selectors; every edit is an action here.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { parse, type DslDocument, type DslError, type DslWarning, type ImportStatus, type ParseResult, type SourceFormat } from '../dsl';
import { newWorkflow } from './new-workflow';
import { moveNodes, type NodeMove } from './move-nodes';

export type ImportOutcome =
  | { ok: true; status: ImportStatus; warnings: DslWarning[] }
  | { ok: false; errors: DslError[] };

export interface DocumentState {
  document: DslDocument;
  /** How the open file was written, so an untouched import exports byte for byte. */
  format: SourceFormat;
  selectedNodeIds: readonly string[];
  /** Changes each time another document is opened (import, new), so views can start afresh. */
  documentKey: number;
  /** Opens DSL text. The open document is replaced only when the text parses. */
  importText(text: string): ImportOutcome;
  /** Opens a document that parsed (after the user confirmed any version warning). */
  openParsed(result: Extract<ParseResult, { ok: true }>): void;
  newWorkflow(): void;
  moveNodes(moves: readonly NodeMove[]): void;
  selectNodes(ids: readonly string[]): void;
}

/** Dify writes DSL with allow_unicode. */
const DIFY_FORMAT: SourceFormat = { allowUnicode: true };

export function createDocumentStore(initial: DslDocument = newWorkflow()): StoreApi<DocumentState> {
  return createStore<DocumentState>()((set, get) => ({
    document: initial,
    format: DIFY_FORMAT,
    selectedNodeIds: [],
    documentKey: 0,
    importText(text) {
      const result = parse(text);
      if (!result.ok) return { ok: false, errors: result.errors };
      get().openParsed(result);
      return { ok: true, status: result.status, warnings: result.warnings };
    },
    openParsed(result) {
      set({ document: result.document, format: result.format, selectedNodeIds: [], documentKey: get().documentKey + 1 });
    },
    newWorkflow() {
      set({ document: newWorkflow(), format: DIFY_FORMAT, selectedNodeIds: [], documentKey: get().documentKey + 1 });
    },
    moveNodes(moves) {
      if (moves.length === 0) return;
      set(({ document }) => {
        const graph = document.workflow.graph;
        const nodes = moveNodes(graph.nodes, moves);
        return { document: { ...document, workflow: { ...document.workflow, graph: { ...graph, nodes } } } };
      });
    },
    selectNodes(ids) {
      set({ selectedNodeIds: [...ids] });
    },
  }));
}

/** The app's one open document. */
export const documentStore = createDocumentStore();

/** Read the open document with a narrow selector (wrap selectors returning new arrays in useShallow). */
export function useDocumentStore<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

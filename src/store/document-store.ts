/**
 * The open workflow: the DSL document is the single source of truth of the editor. The canvas
 * renders from it through narrow selectors; every edit is a named command applied here, and
 * recorded in the undo history.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { parse, type DslDocument, type DslError, type DslWarning, type ImportStatus, type ParseResult, type SourceFormat } from '../dsl';
import { newWorkflow } from './new-workflow';
import type { NodeMove } from './move-nodes';
import { isRefusal, type CommandResult } from './commands/graph-update';
import { moveNodesCommand } from './commands/move';
import { DocumentHistory, type HistoryOptions, type HistoryView } from './history';

export type ImportOutcome =
  | { ok: true; status: ImportStatus; warnings: DslWarning[] }
  | { ok: false; errors: DslError[] };

export type ApplyOutcome = { ok: true } | { ok: false; reason: string };

export interface ApplyOptions {
  /** Consecutive edits with the same key within a second become one history entry. */
  groupKey?: string;
}

export const MOVE_LABEL = 'Node moved';

export interface DocumentState {
  document: DslDocument;
  /** How the open file was written, so an untouched import exports byte for byte. */
  format: SourceFormat;
  selectedNodeIds: readonly string[];
  /** Changes each time another document is opened (import, new), so views can start afresh. */
  documentKey: number;
  /** The undo history for a history list: entry labels and how many are applied. */
  history: HistoryView;
  canUndo: boolean;
  canRedo: boolean;
  /** Why the document may not be edited now (another tab is the writer), or undefined. */
  editLock?: string;
  /** Opens DSL text. The open document is replaced only when the text parses. */
  importText(text: string): ImportOutcome;
  /** Opens a document that parsed (after the user confirmed any version warning). */
  openParsed(result: Extract<ParseResult, { ok: true }>): void;
  newWorkflow(): void;
  /** Runs a command on the document and records it under `label`; a refusal changes nothing. */
  apply(label: string, command: (doc: DslDocument) => CommandResult, options?: ApplyOptions): ApplyOutcome;
  /** A move; the frames of one drag become one "Node moved" entry. */
  moveNodes(moves: readonly NodeMove[]): void;
  /** Everything applied until `endGesture` becomes one entry (a drag, a resize). */
  beginGesture(): void;
  endGesture(label?: string): void;
  undo(): void;
  redo(): void;
  selectNodes(ids: readonly string[]): void;
  /** Locks (reason) or unlocks (undefined) editing: `apply`, undo and redo are refused while locked; opening documents is not. */
  setEditLock(reason: string | undefined): void;
}

/** The selection without nodes the document no longer has (same array when nothing went). */
function existing(document: DslDocument, selected: readonly string[]): readonly string[] {
  if (selected.length === 0) return selected;
  const ids = new Set(document.workflow.graph.nodes.map((n) => n.id));
  return selected.every((id) => ids.has(id)) ? selected : selected.filter((id) => ids.has(id));
}

/** Dify writes DSL with allow_unicode. */
const DIFY_FORMAT: SourceFormat = { allowUnicode: true };

export function createDocumentStore(initial: DslDocument = newWorkflow(), historyOptions?: HistoryOptions): StoreApi<DocumentState> {
  const history = new DocumentHistory(historyOptions);
  /** The document when the open gesture began, and the label of its last edit. */
  let gesture: { before: DslDocument; label?: string } | undefined;
  /** Mirrors `editLock` in state, readable while the state is first built. */
  let lock: string | undefined;

  return createStore<DocumentState>()((set, get) => {
    const historyState = () => ({ history: history.view(), canUndo: history.canUndo && lock === undefined, canRedo: history.canRedo && lock === undefined });
    const opened = (document: DslDocument, format: SourceFormat) => {
      history.clear();
      gesture = undefined;
      set({ document, format, selectedNodeIds: [], documentKey: get().documentKey + 1, ...historyState() });
    };
    const restore = (document: DslDocument | undefined) => {
      if (!document) return;
      gesture = undefined;
      set({ document, selectedNodeIds: existing(document, get().selectedNodeIds), ...historyState() });
    };
    return {
      document: initial,
      format: DIFY_FORMAT,
      selectedNodeIds: [],
      documentKey: 0,
      ...historyState(),
      importText(text) {
        const result = parse(text);
        if (!result.ok) return { ok: false, errors: result.errors };
        get().openParsed(result);
        return { ok: true, status: result.status, warnings: result.warnings };
      },
      openParsed(result) {
        opened(result.document, result.format);
      },
      newWorkflow() {
        opened(newWorkflow(), DIFY_FORMAT);
      },
      apply(label, command, options = {}) {
        if (lock !== undefined) return { ok: false, reason: lock };
        const before = get().document;
        const result = command(before);
        if (isRefusal(result)) return { ok: false, reason: result.reason };
        if (result === before) return { ok: true };
        if (gesture) {
          gesture.label = label;
          set({ document: result });
          return { ok: true };
        }
        history.push(label, before, result, options.groupKey);
        set({ document: result, selectedNodeIds: existing(result, get().selectedNodeIds), ...historyState() });
        return { ok: true };
      },
      moveNodes(moves) {
        if (moves.length === 0) return;
        const groupKey = `move:${moves.map((m) => m.id).sort().join(',')}`;
        get().apply(MOVE_LABEL, (doc) => moveNodesCommand(doc, moves), { groupKey });
      },
      beginGesture() {
        if (!gesture) gesture = { before: get().document };
      },
      endGesture(label) {
        const open = gesture;
        gesture = undefined;
        if (!open) return;
        history.push(label ?? open.label ?? MOVE_LABEL, open.before, get().document);
        history.breakGroup();
        set(historyState());
      },
      undo() {
        if (lock !== undefined) return;
        if (gesture) get().endGesture();
        restore(history.undo());
      },
      redo() {
        if (lock !== undefined) return;
        restore(history.redo());
      },
      selectNodes(ids) {
        set({ selectedNodeIds: [...ids] });
      },
      setEditLock(reason) {
        if (lock === reason) return;
        // A gesture in progress when the lock arrives ends here, so it cannot go on editing.
        if (reason !== undefined && gesture) get().endGesture();
        lock = reason;
        set({ editLock: reason, ...historyState() });
      },
    };
  });
}

/** The app's one open document. */
export const documentStore = createDocumentStore();

/** Read the open document with a narrow selector (wrap selectors returning new arrays in useShallow). */
export function useDocumentStore<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

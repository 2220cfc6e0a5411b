/**
 * Undo, redo and delete from the keyboard (dify-dsl.md 6.6): Ctrl/Cmd+Z, Ctrl+Y,
 * Ctrl+Shift+Z, Delete/Backspace. Ignored while the focus is in a text field, a select or
 * anything contenteditable, so typing keeps its own undo.
 */
import { useEffect } from 'react';
import { documentStore } from './document-store';
import { deleteNodes } from './commands/delete';

export type HistoryShortcut = 'undo' | 'redo' | 'delete';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const EDITABLE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isEditableTarget(target: unknown): boolean {
  if (target === null || typeof target !== 'object') return false;
  const el = target as ElementLike;
  return el.isContentEditable === true || (typeof el.tagName === 'string' && EDITABLE_TAGS.has(el.tagName.toUpperCase()));
}

export function shortcutOf(event: KeyLike): HistoryShortcut | undefined {
  const key = event.key.toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey) return undefined;
  if (command && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (command && key === 'y' && !event.shiftKey) return 'redo';
  if (!command && !event.shiftKey && (key === 'delete' || key === 'backspace')) return 'delete';
  return undefined;
}

/** Runs a shortcut on the open document; true when it did something worth a preventDefault. */
export function runShortcut(shortcut: HistoryShortcut, store = documentStore): boolean {
  const state = store.getState();
  if (shortcut === 'undo') state.undo();
  else if (shortcut === 'redo') state.redo();
  else {
    const ids = state.selectedNodeIds;
    if (ids.length === 0) return false;
    return state.apply('Nodes deleted', (doc) => deleteNodes(doc, ids)).ok;
  }
  return true;
}

export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target)) return;
      const shortcut = shortcutOf(event);
      if (shortcut && (runShortcut(shortcut) || shortcut !== 'delete')) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

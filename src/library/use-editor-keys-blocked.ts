/**
 * While the library page shows, the editor's window-level shortcuts (undo, redo, delete) must not
 * act on the hidden workflow. A capturing listener stops those keys before they reach the window's
 * other listeners; typing in a field keeps its own behaviour (only propagation is stopped).
 */
import { useEffect } from 'react';
import { isEditableTarget, shortcutOf } from '../store/use-history-shortcuts';

export function useEditorKeysBlocked(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isEditableTarget(e.target) && shortcutOf(e)) e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * Dify's canvas shortcuts (dify-dsl.md 6.6) that need the canvas: copy, cut, paste at the
 * pointer (through the system clipboard, so nodes move between tabs), duplicate, organize, and
 * Ctrl+S kept from opening the browser's save dialog.
 * Ignored while focus is in a text field.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isEditableTarget } from '../store/use-history-shortcuts';
import { copySelection, duplicateSelection, organize, pasteText } from './canvas-actions';
import { offerPastedDsl } from '../app/import-flow';

export function useCanvasShortcuts(container: React.RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  const pointer = useRef({ x: 0, y: 0 });
  useEffect(() => {
    const el = container.current;
    const onMove = (e: PointerEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditableTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'd') duplicateSelection();
      else if (key === 'o') void organize();
      // Drafts save themselves; the browser's "Save page" dialog is suppressed as in Dify.
      else if (key === 's') { /* nothing to do */ }
      else return;
      e.preventDefault();
    };
    // Copy, cut and paste ride the browser's own clipboard events: synchronous, no permission prompt.
    const onCopy = (cut: boolean) => (e: ClipboardEvent) => {
      if (isEditableTarget(document.activeElement) || window.getSelection()?.toString()) return;
      const text = copySelection(cut);
      if (text === undefined || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditableTarget(document.activeElement)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      // Flowpad nodes paste into the workflow; a whole Dify DSL file offers to open instead.
      if (pasteText(text, flow.screenToFlowPosition(pointer.current)) || offerPastedDsl(text)) e.preventDefault();
    };
    const copy = onCopy(false);
    const cut = onCopy(true);
    el?.addEventListener('pointermove', onMove);
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      el?.removeEventListener('pointermove', onMove);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [container, flow]);
}

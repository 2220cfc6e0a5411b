/**
 * Dify's viewport and mode shortcuts (dify-dsl.md 6.6): Ctrl+1 fit view, Shift+1 zoom to 100%,
 * Shift+5 zoom to 50%, Ctrl+- / Ctrl+= zoom out / in by 0.1 (0.25-2), V pointer mode, H hand mode,
 * F maximize canvas.
 * Ignored while focus is in a text field. Must run inside React Flow's provider.
 */
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isEditableTarget } from '../store/use-history-shortcuts';
import { interactionMode } from './interaction-mode';
import { canvasMaximize } from './canvas-maximize';
import { zoomStep } from './zoom-levels';

export type ViewportShortcut = 'fit' | 'zoom-100' | 'zoom-50' | 'zoom-out' | 'zoom-in' | 'pointer' | 'hand' | 'maximize';

export interface ShortcutKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Which shortcut a key press is; by `code` for digits, since Shift+1 types "!" on most layouts. */
export function viewportShortcutFor(e: ShortcutKey): ViewportShortcut | undefined {
  if (e.altKey) return undefined;
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.shiftKey && e.code === 'Digit1') return 'fit';
  if (ctrl && (e.key === '-' || e.code === 'Minus' || e.code === 'NumpadSubtract')) return 'zoom-out';
  if (ctrl && (e.key === '=' || e.key === '+' || e.code === 'Equal' || e.code === 'NumpadAdd')) return 'zoom-in';
  if (ctrl) return undefined;
  if (e.shiftKey && e.code === 'Digit1') return 'zoom-100';
  if (e.shiftKey && e.code === 'Digit5') return 'zoom-50';
  if (e.shiftKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'v') return 'pointer';
  if (key === 'h') return 'hand';
  if (key === 'f') return 'maximize';
  return undefined;
}

export function useViewportShortcuts(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isEditableTarget(e.target) || isEditableTarget(document.activeElement)) return;
      const shortcut = viewportShortcutFor(e);
      if (!shortcut) return;
      e.preventDefault();
      switch (shortcut) {
        case 'fit': return void flow.fitView();
        case 'zoom-100': return void flow.zoomTo(1);
        case 'zoom-50': return void flow.zoomTo(0.5);
        case 'zoom-out': return void flow.zoomTo(zoomStep(flow.getZoom(), -1));
        case 'zoom-in': return void flow.zoomTo(zoomStep(flow.getZoom(), 1));
        case 'maximize': return canvasMaximize.getState().toggle();
        default: return interactionMode.getState().setMode(shortcut);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);
}

/**
 * The canvas toolbar, bottom left: undo, redo, the history list, Organize (with "Organizing…"
 * while it runs), pointer / hand mode, the zoom menu, maximize canvas, and above them the refused-action notice.
 * It sits inside React Flow, so it also hosts the viewport shortcuts and registers the canvas's
 * viewport handle.
 */
import { useEffect } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import { useDocumentStore } from '../store/document-store';
import { organize } from './canvas-actions';
import { useCanvasNotice } from './canvas-notice';
import { registerViewportHandle } from './viewport-handle';
import { interactionMode, useInteractionMode, type InteractionMode } from './interaction-mode';
import { useViewportShortcuts } from './use-viewport-shortcuts';
import { useOrganizing } from './layout/layout-status';
import { ZoomMenu } from './ZoomMenu';
import { HistoryMenu } from './HistoryMenu';
import { canvasMaximize, useCanvasMaximized } from './canvas-maximize';

const BUTTON = 'rounded-md border border-slate-200 bg-white px-2 py-1 text-xs text-slate-700 shadow-xs hover:bg-slate-50 disabled:opacity-40';
const MODES: { mode: InteractionMode; label: string; title: string }[] = [
  { mode: 'pointer', label: 'Pointer', title: 'Pointer mode: drag to select (V)' },
  { mode: 'hand', label: 'Hand', title: 'Hand mode: drag to pan (H)' },
];

function ModeToggle() {
  const current = useInteractionMode();
  return (
    <div role="group" aria-label="Canvas mode" className="flex overflow-hidden rounded-md border border-slate-200 shadow-xs">
      {MODES.map(({ mode, label, title }) => (
        <button
          key={mode}
          type="button"
          aria-pressed={current === mode}
          title={title}
          data-testid={`mode-${mode}`}
          onClick={() => interactionMode.getState().setMode(mode)}
          className={`px-2 py-1 text-xs ${current === mode ? 'bg-blue-50 font-medium text-blue-700' : 'bg-white text-slate-700 hover:bg-slate-50'}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function MaximizeToggle() {
  const maximized = useCanvasMaximized();
  return (
    <button type="button" className={BUTTON} aria-pressed={maximized} onClick={() => canvasMaximize.getState().toggle()} title={maximized ? 'Show the block palette (F)' : 'Maximize canvas (F)'} data-testid="maximize-canvas">
      {maximized ? 'Show blocks' : 'Maximize'}
    </button>
  );
}

export function CanvasToolbar() {
  const canUndo = useDocumentStore((s) => s.canUndo);
  const canRedo = useDocumentStore((s) => s.canRedo);
  const undo = useDocumentStore((s) => s.undo);
  const redo = useDocumentStore((s) => s.redo);
  const organizing = useOrganizing();
  const notice = useCanvasNotice();
  const flow = useReactFlow();
  useViewportShortcuts();
  useEffect(() => registerViewportHandle({ getViewport: () => flow.getViewport(), setViewport: (v) => void flow.setViewport(v) }), [flow]);
  return (
    <>
      {/* One bar at the bottom left beside the zoom buttons, as Dify's operator bar: the top of the canvas is where graphs sit. */}
      <Panel position="bottom-left" style={{ marginLeft: 56 }} className="flex flex-col items-start gap-2">
        {notice && <p role="status" data-testid="canvas-notice" className="max-w-sm rounded-md bg-amber-50 px-3 py-1.5 text-xs text-amber-900 shadow">{notice}</p>}
        <div className="flex gap-1">
          <button type="button" className={BUTTON} disabled={!canUndo} onClick={undo} title="Undo (Ctrl+Z)" data-testid="undo">Undo</button>
          <button type="button" className={BUTTON} disabled={!canRedo} onClick={redo} title="Redo (Ctrl+Y)" data-testid="redo">Redo</button>
          <HistoryMenu buttonClass={BUTTON} />
          <button type="button" className={BUTTON} disabled={organizing} aria-busy={organizing} onClick={() => void organize()} title="Organize (Ctrl+O)" data-testid="organize">
            {organizing ? 'Organizing…' : 'Organize'}
          </button>
          <span className="mx-1 w-px self-stretch bg-slate-200" aria-hidden="true" />
          <ModeToggle />
          <ZoomMenu buttonClass={BUTTON} />
          <MaximizeToggle />
        </div>
      </Panel>
    </>
  );
}

/** Undo, redo and Organize, top left of the canvas; the refused-action notice below them. */
import { useEffect } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import { useDocumentStore } from '../store/document-store';
import { organize } from './canvas-actions';
import { useCanvasNotice } from './canvas-notice';
import { registerViewportHandle } from './viewport-handle';

const BUTTON = 'rounded-md border border-slate-200 bg-white px-2 py-1 text-xs text-slate-700 shadow-xs hover:bg-slate-50 disabled:opacity-40';

export function CanvasToolbar() {
  const canUndo = useDocumentStore((s) => s.canUndo);
  const canRedo = useDocumentStore((s) => s.canRedo);
  const undo = useDocumentStore((s) => s.undo);
  const redo = useDocumentStore((s) => s.redo);
  const notice = useCanvasNotice();
  const flow = useReactFlow();
  useEffect(() => registerViewportHandle({ getViewport: () => flow.getViewport(), setViewport: (v) => void flow.setViewport(v) }), [flow]);
  return (
    <Panel position="top-left" className="flex flex-col items-start gap-2">
      <div className="flex gap-1">
        <button type="button" className={BUTTON} disabled={!canUndo} onClick={undo} title="Undo (Ctrl+Z)" data-testid="undo">Undo</button>
        <button type="button" className={BUTTON} disabled={!canRedo} onClick={redo} title="Redo (Ctrl+Y)" data-testid="redo">Redo</button>
        <button type="button" className={BUTTON} onClick={() => void organize()} title="Organize (Ctrl+O)" data-testid="organize">Organize</button>
      </div>
      {notice && <p role="status" data-testid="canvas-notice" className="max-w-sm rounded-md bg-amber-50 px-3 py-1.5 text-xs text-amber-900 shadow">{notice}</p>}
    </Panel>
  );
}

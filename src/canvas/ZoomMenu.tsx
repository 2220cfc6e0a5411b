/** The zoom menu (dify-dsl.md 6.9): the current zoom, and 200/100/75/50/25 % and Fit. */
import { useCallback, useRef, useState } from 'react';
import { useOutsideDismiss } from './use-outside-dismiss';
import { useReactFlow, useStore } from '@xyflow/react';
import { ZOOM_PRESETS } from './zoom-levels';

const ITEM = 'block w-full px-3 py-1 text-left text-xs text-slate-700 hover:bg-slate-100';

export function ZoomMenu({ buttonClass }: { buttonClass: string }) {
  // Only the zoom: panning does not re-render the menu.
  const zoom = useStore((s) => s.transform[2]);
  const flow = useReactFlow();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideDismiss(menu, open, close);
  const choose = (action: () => unknown) => () => {
    action();
    setOpen(false);
  };
  return (
    <div ref={menu} className="relative">
      <button type="button" className={`${buttonClass} w-14 tabular-nums`} onClick={() => setOpen(!open)} aria-haspopup="menu" aria-expanded={open} title="Zoom" data-testid="zoom-menu">
        {Math.round(zoom * 100)}%
      </button>
      {open && (
        <div role="menu" className="absolute bottom-full left-0 z-10 mb-1 w-28 rounded-md border border-slate-200 bg-white py-1 shadow-md">
          {ZOOM_PRESETS.map((level) => (
            <button key={level} type="button" role="menuitem" className={ITEM} onClick={choose(() => flow.zoomTo(level))} data-testid={`zoom-${level * 100}`}>
              {level * 100}%
            </button>
          ))}
          <button type="button" role="menuitem" className={`${ITEM} border-t border-slate-100`} onClick={choose(() => flow.fitView())} data-testid="zoom-fit">
            Fit view <span className="float-right text-slate-400">Ctrl+1</span>
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The undo history as a list (issue 4: every edit is a named command shown in a history list):
 * the document as opened, then each edit by name; the current state is marked, undone edits
 * are greyed, and choosing an entry undoes or redoes to just after it.
 */
import { useCallback, useRef, useState } from 'react';
import { documentStore, useDocumentStore } from '../store/document-store';
import { useOutsideDismiss } from './use-outside-dismiss';

/** Steps back or forward until `position` edits are applied (each step is the store's own undo/redo). */
export function travelTo(position: number): void {
  const steps = position - documentStore.getState().history.position;
  for (let i = 0; i < Math.abs(steps); i++) {
    if (steps < 0) documentStore.getState().undo();
    else documentStore.getState().redo();
  }
}

export function HistoryMenu({ buttonClass }: { buttonClass: string }) {
  const history = useDocumentStore((s) => s.history);
  const locked = useDocumentStore((s) => s.editLock !== undefined);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideDismiss(menu, open, close);
  const entries = ['Opened', ...history.labels];
  return (
    <div ref={menu} className="relative">
      <button type="button" className={buttonClass} disabled={locked || history.labels.length === 0} onClick={() => setOpen(!open)} aria-haspopup="menu" aria-expanded={open} title="Edit history" data-testid="history-menu">
        History
      </button>
      {open && (
        <ol role="menu" aria-label="Edit history" className="absolute bottom-full left-0 z-10 mb-1 max-h-72 w-60 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-md">
          {entries.map((label, position) => {
            const current = position === history.position;
            const undone = position > history.position;
            return (
              <li key={position}>
                <button
                  type="button"
                  role="menuitem"
                  aria-current={current ? 'step' : undefined}
                  data-testid={`history-entry-${position}`}
                  onClick={() => travelTo(position)}
                  className={`flex w-full items-center gap-2 px-3 py-1 text-left text-xs hover:bg-slate-100 ${current ? 'bg-blue-50 font-medium text-blue-700' : undone ? 'text-slate-400' : 'text-slate-700'}`}
                >
                  <span className="w-5 shrink-0 text-right tabular-nums text-slate-400">{position}</span>
                  <span className="truncate">{label}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

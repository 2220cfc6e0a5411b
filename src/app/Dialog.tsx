/** A small modal dialog: a title, content, and buttons; Escape or the backdrop closes it. */
import { useEffect, type ReactNode } from 'react';

export interface DialogAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

export function Dialog({ title, children, actions, onClose, testId }: { title: string; children: ReactNode; actions: DialogAction[]; onClose: () => void; testId?: string }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/30 p-4" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label={title} data-testid={testId} className="flex max-h-[80vh] w-full max-w-lg flex-col rounded-xl bg-white shadow-xl">
        <h2 className="border-b border-slate-100 px-5 py-3 text-sm font-semibold text-slate-900">{title}</h2>
        <div className="min-h-0 overflow-auto px-5 py-4 text-sm text-slate-700">{children}</div>
        <div className="flex justify-end gap-2 border-t border-slate-100 px-5 py-3">
          {actions.map((a) => (
            <button
              key={a.label}
              type="button"
              onClick={a.onClick}
              className={a.primary ? 'rounded-lg bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700' : 'rounded-lg border border-slate-200 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50'}
            >
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

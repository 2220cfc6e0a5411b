/** A toast at the bottom with an Undo button; it goes away by itself after a while. */
import { useEffect, useRef } from 'react';

const SHOWN_MS = 10_000;

export function UndoToast({ text, onUndo, onDismiss }: { text: string; onUndo(): void; onDismiss(): void }) {
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    const timer = setTimeout(() => dismiss.current(), SHOWN_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" data-testid="library-toast" className="fixed bottom-6 left-1/2 z-40 flex -translate-x-1/2 items-center gap-4 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg">
      <span>{text}</span>
      <button type="button" data-testid="library-undo" onClick={onUndo} className="font-semibold text-blue-300 hover:text-blue-200">Undo</button>
    </div>
  );
}

/** Above the canvas while another tab is the writer: why this tab does not accept edits, and "Take over". */
import { READ_ONLY_REASON } from './edit-lock';
import { usePersistenceStore } from './persistence-store';
import { takeOver } from './session';

export function ReadOnlyBanner() {
  const saveState = usePersistenceStore((s) => s.saveState);
  const error = usePersistenceStore((s) => s.error);
  if (saveState !== 'read-only') return null;
  return (
    <div role="alert" data-testid="read-only-banner" className="flex shrink-0 items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      <span className="min-w-0 flex-1">{error ?? READ_ONLY_REASON}</span>
      <button
        type="button"
        data-testid="read-only-take-over"
        onClick={() => void takeOver()}
        className="shrink-0 rounded-md bg-amber-600 px-3 py-1 text-xs font-medium text-white hover:bg-amber-700"
      >
        Take over
      </button>
    </div>
  );
}

/** The header's draft status: Saved, Saving…, Unsaved changes, Read-only + Take over, or a storage error. */
import { usePersistenceStore, type SaveState } from './persistence-store';
import { takeOver } from './session';

const LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  'read-only': 'Read-only (another tab is editing)',
  error: 'Not saved',
};

const TONES: Record<SaveState, string> = {
  saved: 'text-slate-500',
  saving: 'text-slate-500',
  unsaved: 'text-amber-600',
  'read-only': 'text-amber-700',
  error: 'text-red-600',
};

/** The header's draft status, connected to the persistence store. */
export function SaveIndicator() {
  const saveState = usePersistenceStore((s) => s.saveState);
  const error = usePersistenceStore((s) => s.error);
  const lastSavedAt = usePersistenceStore((s) => s.lastSavedAt);
  return <SaveStatusView saveState={saveState} error={error} lastSavedAt={lastSavedAt} onTakeOver={takeOver} />;
}

export interface SaveStatusViewProps {
  saveState: SaveState;
  error?: string;
  lastSavedAt?: number;
  onTakeOver: () => Promise<void>;
}

export function SaveStatusView({ saveState, error, lastSavedAt, onTakeOver }: SaveStatusViewProps) {
  const savedTitle = lastSavedAt ? `Last saved at ${new Date(lastSavedAt).toLocaleTimeString()}` : undefined;
  return (
    <div data-testid="save-indicator" data-state={saveState} role="status" aria-live="polite" className="flex min-w-0 items-center gap-2 text-xs">
      <span className={`shrink-0 font-medium ${TONES[saveState]}`} title={error ?? savedTitle}>
        {LABELS[saveState]}
      </span>
      {saveState === 'error' && error && (
        <span data-testid="save-error" className="max-w-72 truncate text-red-600" title={error}>
          {error}
        </span>
      )}
      {saveState === 'read-only' && (
        <button
          type="button"
          data-testid="save-take-over"
          onClick={() => void onTakeOver()}
          title={error}
          className="rounded-md border border-amber-300 bg-amber-50 px-2 py-0.5 font-medium text-amber-800 hover:bg-amber-100"
        >
          Take over
        </button>
      )}
    </div>
  );
}

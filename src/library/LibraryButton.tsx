/** The header's "Workflows" button: saves pending edits (so the list is current) and shows the library. */
import { startDraftPersistence } from '../persistence/session';
import { showLibrary } from './app-view';

export function LibraryButton() {
  const open = async () => {
    try {
      await (await startDraftPersistence()).saver.flush();
    } finally {
      showLibrary();
    }
  };
  return (
    <button type="button" data-testid="open-library" onClick={() => void open()} className="rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50">
      Workflows
    </button>
  );
}

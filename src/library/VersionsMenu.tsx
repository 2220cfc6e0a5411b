/**
 * The header's "Versions" popover (Dify's Ctrl+Shift+H): save the open workflow as a named
 * version, list its versions, restore one (after confirming; the replaced state is kept as a
 * version first), delete one.
 */
import { useCallback, useEffect, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { usePersistenceStore } from '../persistence/persistence-store';
import type { SnapshotSummary } from '../persistence/snapshots';
import { isEditableTarget } from '../store/use-history-shortcuts';
import { useActionRunner } from './use-action-runner';
import { deleteVersion, listVersions, restoreVersion, saveVersion } from './version-actions';

const SMALL = 'rounded-md px-2 py-0.5 text-xs hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40';

/** Ctrl/Cmd+Shift+H toggles the popover, except while typing in a field. */
function useVersionsShortcut(toggle: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.key.toLowerCase() !== 'h' || isEditableTarget(e.target)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}

export function VersionsMenu() {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  useVersionsShortcut(toggle);
  return (
    <div className="relative">
      <button
        type="button"
        data-testid="versions-open"
        aria-expanded={open}
        onClick={toggle}
        title="Versions (Ctrl+Shift+H)"
        className="rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
      >
        Versions
      </button>
      {open && <VersionsPanel onClose={() => setOpen(false)} />}
    </div>
  );
}

function VersionsPanel({ onClose }: { onClose: () => void }) {
  const workflowId = usePersistenceStore((s) => s.workflowId);
  const readOnly = usePersistenceStore((s) => s.saveState === 'read-only');
  const [versions, setVersions] = useState<SnapshotSummary[]>();
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<SnapshotSummary>();

  const reload = useCallback(async () => {
    if (workflowId) setVersions(await listVersions(workflowId).catch(() => []));
  }, [workflowId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !confirming && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, confirming]);

  const { message, run } = useActionRunner(reload);

  return (
    <section data-testid="versions-panel" aria-label="Versions" className="absolute right-0 top-full z-40 mt-2 w-96 rounded-xl border border-slate-200 bg-white text-sm shadow-xl">
      <form
        className="flex gap-2 border-b border-slate-100 p-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!workflowId) return;
          void run(async () => {
            const outcome = await saveVersion(workflowId, name);
            if (outcome.ok) setName('');
            return outcome;
          });
        }}
      >
        <input
          data-testid="versions-name"
          aria-label="Version name"
          placeholder="Name this version"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="min-w-0 flex-1 rounded-md border border-slate-200 px-2 py-1 text-sm outline-none focus:border-blue-400"
        />
        <button type="submit" data-testid="versions-save" disabled={!workflowId} className="rounded-md bg-blue-600 px-3 py-1 text-xs font-medium text-white hover:bg-blue-700 disabled:opacity-40">
          Save version
        </button>
      </form>
      {message && <p role="alert" className="mx-3 mt-2 rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">{message}</p>}
      <ul data-testid="versions-list" className="max-h-80 divide-y divide-slate-100 overflow-auto">
        {versions?.map((v) => (
          <li key={v.id} data-testid="version-row" data-name={v.name} className="flex items-center gap-2 px-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="truncate text-slate-900" title={v.name}>{v.name}</p>
              <p className="text-xs text-slate-500">{new Date(v.createdAt).toLocaleString()}</p>
            </div>
            <button
              type="button"
              data-testid="version-restore"
              className={`${SMALL} text-blue-700`}
              disabled={readOnly}
              title={readOnly ? 'Take over to restore a version' : undefined}
              onClick={() => setConfirming(v)}
            >
              Restore
            </button>
            <button type="button" data-testid="version-delete" className={`${SMALL} text-slate-600 hover:text-red-600`} onClick={() => void run(() => deleteVersion(v.id))}>
              Delete
            </button>
          </li>
        ))}
        {versions?.length === 0 && <li className="px-3 py-4 text-center text-xs text-slate-500">No versions yet. Save one to come back to it later.</li>}
      </ul>
      {confirming && (
        <Dialog
          title={`Restore “${confirming.name}”?`}
          testId="version-restore-confirm"
          onClose={() => setConfirming(undefined)}
          actions={[
            { label: 'Cancel', onClick: () => setConfirming(undefined) },
            {
              label: 'Restore',
              primary: true,
              onClick: () => {
                const chosen = confirming;
                setConfirming(undefined);
                void run(() => restoreVersion(chosen.id));
              },
            },
          ]}
        >
          <p>The workflow is replaced by this version. Its current state is kept first, as the version “Before restoring "{confirming.name}"”, so you can go back to it.</p>
        </Dialog>
      )}
    </section>
  );
}

/**
 * The workflow library: every workflow saved in this browser, newest first, the open one marked.
 * New (workflow or chatflow), open, rename inline, duplicate, delete with undo, import many files
 * at once. Damaged records are listed with their reason and never opened.
 */
import { useEffect, useRef, useState } from 'react';
import { usePersistenceStore } from '../persistence/persistence-store';
import type { FileImport } from '../persistence/import-files';
import { showEditor } from './app-view';
import { ImportResults } from './ImportResults';
import { createWorkflow, deleteWorkflow, duplicateWorkflow, importWorkflowFiles, openWorkflow, renameWorkflow, restoreWorkflow } from './library-actions';
import { useActionRunner } from './use-action-runner';
import { UndoToast } from './UndoToast';
import { useLibraryListing } from './use-library-listing';
import { useEditorKeysBlocked } from './use-editor-keys-blocked';
import { WorkflowRow } from './WorkflowRow';

const BUTTON = 'rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50';
const PRIMARY = 'rounded-lg bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700';

export function LibraryPage() {
  const { listing, problem, reload } = useLibraryListing();
  const openId = usePersistenceStore((s) => s.workflowId);
  const [deleted, setDeleted] = useState<{ id: string; name: string }>();
  const [imports, setImports] = useState<{ results: FileImport[]; files: File[] }>();
  const input = useRef<HTMLInputElement>(null);
  const [now, setNow] = useState(Date.now);
  useEditorKeysBlocked();
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const { message, run } = useActionRunner(reload);

  const importFiles = (files: File[], acceptNewer = false) =>
    run(async () => {
      const results = await importWorkflowFiles(files, acceptNewer);
      setImports((previous) => {
        if (!acceptNewer || !previous) return { results, files };
        // "Import anyway" for one file: its new outcome replaces its old one.
        const byName = new Map(results.map((r) => [r.file, r]));
        return { files: previous.files, results: previous.results.map((r) => byName.get(r.file) ?? r) };
      });
    });

  const workflows = listing?.workflows ?? [];
  const damaged = listing?.damaged ?? [];
  return (
    <div data-testid="library-page" className="flex h-screen flex-col bg-slate-100 text-slate-900">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
        <span className="text-sm font-bold tracking-tight text-blue-600">Flowpad</span>
        <span className="h-5 w-px bg-slate-200" aria-hidden="true" />
        <h1 className="text-sm font-medium text-slate-900">Workflows</h1>
        <button type="button" data-testid="library-back" onClick={showEditor} className="ml-auto rounded-lg border border-slate-200 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50">
          Back to editor
        </button>
      </header>
      <main className="min-h-0 flex-1 overflow-auto">
        <div className="mx-auto max-w-4xl px-6 py-6">
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <p className="mr-auto text-sm text-slate-600">
              {listing ? `${workflows.length} ${workflows.length === 1 ? 'workflow' : 'workflows'} saved in this browser` : 'Loading…'}
            </p>
            <button type="button" data-testid="library-new-workflow" className={PRIMARY} onClick={() => void run(() => createWorkflow('workflow'))}>New workflow</button>
            <button type="button" data-testid="library-new-chatflow" className={BUTTON} onClick={() => void run(() => createWorkflow('advanced-chat'))}>New chatflow</button>
            <button type="button" className={BUTTON} onClick={() => input.current?.click()}>Import files…</button>
            <input
              ref={input}
              type="file"
              multiple
              accept=".yml,.yaml,application/x-yaml,text/yaml"
              className="hidden"
              data-testid="library-import-input"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                if (files.length > 0) void importFiles(files);
              }}
            />
          </div>
          {(message ?? problem) && (
            <p role="alert" data-testid="library-message" className="mb-4 rounded-lg bg-red-50 px-4 py-2 text-sm text-red-800">{message ?? problem}</p>
          )}
          {imports && (
            <ImportResults
              results={imports.results}
              onOpen={(id) => void run(() => openWorkflow(id))}
              onAcceptNewer={(name) => void importFiles(imports.files.filter((f) => f.name === name), true)}
              onClose={() => setImports(undefined)}
            />
          )}
          <ul data-testid="library-list" className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white">
            {workflows.map((w) => (
              <WorkflowRow
                key={`${w.id}-${w.revision}`}
                workflow={w}
                isOpen={w.id === openId}
                now={now}
                onOpen={() => void run(() => openWorkflow(w.id))}
                onRename={(name) => void run(() => renameWorkflow(w.id, name))}
                onDuplicate={() => void run(() => duplicateWorkflow(w.id))}
                onDelete={() =>
                  void run(async () => {
                    const outcome = await deleteWorkflow(w.id);
                    if (outcome.ok) setDeleted({ id: w.id, name: w.name });
                    return outcome;
                  })
                }
              />
            ))}
            {listing && workflows.length === 0 && <li className="px-4 py-8 text-center text-sm text-slate-500">No workflows yet: create one or import Dify DSL files.</li>}
          </ul>
          {damaged.length > 0 && (
            <section data-testid="library-damaged" className="mt-6">
              <h2 className="mb-2 text-sm font-medium text-slate-700">Damaged records (not opened)</h2>
              <ul className="divide-y divide-red-100 rounded-xl border border-red-200 bg-white">
                {damaged.map((d) => (
                  <li key={d.id} data-testid="library-damaged-row" className="px-4 py-2 text-xs">
                    <code className="text-slate-800">{d.id}</code>
                    <p className="text-red-700">{d.message}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </main>
      {deleted && (
        <UndoToast
          key={deleted.id}
          text={`“${deleted.name}” was deleted.`}
          onUndo={() => {
            setDeleted(undefined);
            void run(() => restoreWorkflow(deleted.id));
          }}
          onDismiss={() => setDeleted(undefined)}
        />
      )}
    </div>
  );
}

/** What a many-file import did, file by file: imported (open it), needs confirmation, or failed and why. */
import type { FileImport } from '../persistence/import-files';

export interface ImportResultsProps {
  results: readonly FileImport[];
  onOpen(workflowId: string): void;
  onAcceptNewer(file: string): void;
  onClose(): void;
}

export function ImportResults({ results, onOpen, onAcceptNewer, onClose }: ImportResultsProps) {
  const imported = results.filter((r) => r.outcome === 'imported').length;
  return (
    <section data-testid="library-import-results" aria-label="Import results" className="mb-4 rounded-xl border border-slate-200 bg-white">
      <header className="flex items-center border-b border-slate-100 px-4 py-2 text-sm">
        <span className="font-medium text-slate-800">Imported {imported} of {results.length} {results.length === 1 ? 'file' : 'files'}</span>
        <button type="button" onClick={onClose} className="ml-auto text-xs text-slate-500 hover:text-slate-800">Dismiss</button>
      </header>
      <ul className="divide-y divide-slate-100">
        {results.map((r, i) => (
          <li key={`${r.file}-${i}`} data-testid="library-import-result" data-file={r.file} data-outcome={r.outcome} className="px-4 py-2 text-sm">
            <div className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate font-mono text-xs text-slate-800">{r.file}</span>
              {r.outcome === 'imported' && (
                <>
                  <span className="text-xs text-green-700">Imported</span>
                  <button type="button" className="rounded-md px-2 py-0.5 text-xs text-blue-700 hover:bg-blue-50" onClick={() => onOpen(r.workflowId)}>Open</button>
                </>
              )}
              {r.outcome === 'needs-confirmation' && (
                <button type="button" className="rounded-md border border-amber-300 px-2 py-0.5 text-xs text-amber-800 hover:bg-amber-50" onClick={() => onAcceptNewer(r.file)}>Import anyway</button>
              )}
              {r.outcome === 'failed' && <span className="text-xs font-medium text-red-700">Not imported</span>}
            </div>
            {r.outcome === 'needs-confirmation' && <p className="mt-1 text-xs text-amber-800">{r.warnings.find((w) => w.needsConfirmation)?.message ?? r.warnings[0]?.message}</p>}
            {r.outcome === 'failed' && (
              <ul className="mt-1 space-y-1">
                {r.errors.map((e, j) => (
                  <li key={j} className="rounded-md bg-red-50 px-2 py-1 text-xs">
                    <code className="break-all text-red-700">{e.path}</code> <span className="text-slate-800">{e.message}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

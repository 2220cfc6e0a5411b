/**
 * The header's Import and Export. A file that does not import shows its errors and leaves the
 * open workflow untouched; a newer or other-major DSL version asks first; an older one imports
 * with a notice. Export writes `<app name>.yml`, asking before it includes secret values.
 */
import { useCallback, useRef, useState } from 'react';
import { parse, type DslError, type ParseResult } from '../dsl';
import { documentStore, useDocumentStore } from '../store/document-store';
import { Dialog } from './Dialog';
import { download, exportFileName, exportText, secretsWithValues } from './import-export';

type Pending =
  | { kind: 'errors'; file: string; errors: DslError[] }
  | { kind: 'confirm'; file: string; result: Extract<ParseResult, { ok: true }> }
  | { kind: 'secrets'; names: string[] }
  | { kind: 'notice'; text: string };

const BUTTON = 'rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50';

export function ImportExport() {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const close = useCallback(() => setPending(null), []);
  const openParsed = useDocumentStore((s) => s.openParsed);

  const onFile = async (file: File) => {
    const text = await file.text();
    const result = parse(text);
    if (!result.ok) return setPending({ kind: 'errors', file: file.name, errors: result.errors });
    if (result.status === 'pending') return setPending({ kind: 'confirm', file: file.name, result });
    openParsed(result);
    const caution = result.warnings.find((w) => w.code === 'version-older' || w.code === 'version-missing');
    setPending(caution ? { kind: 'notice', text: caution.message } : null);
  };

  const doExport = (includeSecrets: boolean) => {
    const { document: doc, format } = documentStore.getState();
    download(exportFileName(doc), exportText(doc, format, includeSecrets));
    setPending(null);
  };

  const onExport = () => {
    const names = secretsWithValues(documentStore.getState().document);
    if (names.length > 0) setPending({ kind: 'secrets', names });
    else doExport(false);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".yml,.yaml,application/x-yaml,text/yaml"
        className="hidden"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <button type="button" className={BUTTON} onClick={() => input.current?.click()}>Import</button>
      <button type="button" className={BUTTON} onClick={onExport} data-testid="export-button">Export</button>
      {pending?.kind === 'errors' && (
        <Dialog title={`${pending.file} cannot be imported`} testId="import-errors" onClose={close} actions={[{ label: 'Close', onClick: close, primary: true }]}>
          <p className="mb-3">Nothing was changed: the open workflow is as it was. Fix these and import again:</p>
          <ul className="space-y-2">
            {pending.errors.map((e, i) => (
              <li key={i} className="rounded-md bg-red-50 px-3 py-2">
                <code className="block break-all text-xs text-red-700">{e.path}</code>
                <span className="text-slate-800">{e.message}</span>
              </li>
            ))}
          </ul>
        </Dialog>
      )}
      {pending?.kind === 'confirm' && (
        <Dialog
          title="DSL version mismatch"
          testId="import-confirm"
          onClose={close}
          actions={[{ label: 'Cancel', onClick: close }, { label: 'Import anyway', primary: true, onClick: () => { openParsed(pending.result); close(); } }]}
        >
          <p>{pending.result.warnings.find((w) => w.needsConfirmation)?.message}</p>
        </Dialog>
      )}
      {pending?.kind === 'secrets' && (
        <Dialog
          title="Export secret values?"
          testId="export-secrets"
          onClose={close}
          actions={[{ label: 'Include secrets', onClick: () => doExport(true) }, { label: 'Export without secrets', primary: true, onClick: () => doExport(false) }]}
        >
          <p>These environment variables are secret: {pending.names.join(', ')}. Without them the exported file keeps their names with empty values.</p>
        </Dialog>
      )}
      {pending?.kind === 'notice' && (
        <div role="status" data-testid="import-notice" className="fixed bottom-4 left-1/2 z-40 flex -translate-x-1/2 items-center gap-3 rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900 shadow">
          {pending.text}
          <button type="button" className="text-amber-700 underline" onClick={close}>OK</button>
        </div>
      )}
    </>
  );
}

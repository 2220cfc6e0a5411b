/**
 * The header's Import and Export, and the dialogs of the import flow (import-flow.ts), whichever
 * way the DSL arrived: chosen, dropped or pasted. Export writes `<app name>.yml`, asking before it
 * includes secret values.
 */
import { useRef } from 'react';
import { documentStore } from '../store/document-store';
import { Dialog } from './Dialog';
import { download, exportFileName, exportText, secretsWithValues } from './import-export';
import { importDslFile, importDslText, openParsedDocument, PASTED_FILE_NAME, setPending, usePendingImport } from './import-flow';

const BUTTON = 'rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50';
const close = () => setPending(null);

export function ImportExport() {
  const input = useRef<HTMLInputElement>(null);
  const pending = usePendingImport();

  const doExport = (includeSecrets: boolean) => {
    const { document: doc, format } = documentStore.getState();
    download(exportFileName(doc), exportText(doc, format, includeSecrets));
    close();
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
          if (file) void importDslFile(file);
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
          actions={[{ label: 'Cancel', onClick: close }, { label: 'Import anyway', primary: true, onClick: () => openParsedDocument(pending.result) }]}
        >
          <p>{pending.result.warnings.find((w) => w.needsConfirmation)?.message}</p>
        </Dialog>
      )}
      {pending?.kind === 'paste' && (
        <Dialog
          title="Replace the open workflow with the pasted one?"
          testId="import-paste-confirm"
          onClose={close}
          actions={[{ label: 'Cancel', onClick: close }, { label: 'Open pasted workflow', primary: true, onClick: () => importDslText(PASTED_FILE_NAME, pending.text) }]}
        >
          <p>The pasted text looks like a Dify DSL file. It opens in the editor as a new workflow; the open one stays saved in Workflows.</p>
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

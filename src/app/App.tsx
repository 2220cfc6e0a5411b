/** The editor shell: a header naming the app and the open workflow, the canvas filling the rest. */
import { Canvas } from '../canvas/Canvas';
import { useDocumentStore } from '../store/document-store';
import { ImportExport } from './ImportExport';
import { FileDropZone } from './FileDropZone';
import { SaveIndicator } from '../persistence/SaveIndicator';
import { ReadOnlyBanner } from '../persistence/ReadOnlyBanner';
import { LibraryButton } from '../library/LibraryButton';
import { VersionsMenu } from '../library/VersionsMenu';
import { LibraryPage } from '../library/LibraryPage';
import { useAppView } from '../library/app-view';
import { useCallback, useState } from 'react';
import { RunPanel } from '../panels/run/RunPanel';
import { NodePanel } from '../panels/node/NodePanel';
import { useHistoryShortcuts } from '../store/use-history-shortcuts';
import { useRunShortcut } from '../panels/run/use-run-shortcut';

const MODE_LABELS: Record<string, string> = { workflow: 'Workflow', 'advanced-chat': 'Chatflow' };

function Header({ onRun }: { onRun: () => void }) {
  const name = useDocumentStore((s) => s.document.app.name);
  const mode = useDocumentStore((s) => s.document.app.mode);
  const title = typeof name === 'string' && name.trim() !== '' ? name : 'Untitled';
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <span className="text-sm font-bold tracking-tight text-blue-600">Flowpad</span>
      <span className="h-5 w-px bg-slate-200" aria-hidden="true" />
      <h1 data-testid="workflow-name" className="min-w-0 truncate text-sm font-medium text-slate-900" title={title}>
        {title}
      </h1>
      <span className="rounded-md bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-600">{MODE_LABELS[mode] ?? mode}</span>
      <div className="ml-auto flex items-center gap-2">
        <SaveIndicator />
        <LibraryButton />
        <VersionsMenu />
        <ImportExport />
        <button type="button" data-testid="run-open" onClick={onRun} className="rounded-lg bg-blue-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-blue-700">Run</button>
      </div>
    </header>
  );
}

export function App() {
  const documentKey = useDocumentStore((s) => s.documentKey);
  const [runOpen, setRunOpen] = useState(false);
  const openRun = useCallback(() => setRunOpen(true), []);
  useHistoryShortcuts();
  useRunShortcut(openRun);
  if (useAppView() === 'library') return <LibraryPage />;
  return (
    <div className="flex h-screen flex-col bg-slate-100 text-slate-900">
      <Header onRun={openRun} />
      <ReadOnlyBanner />
      <main className="flex min-h-0 flex-1">
        <FileDropZone>
          <Canvas key={documentKey} />
        </FileDropZone>
        <NodePanel />
        {runOpen && <RunPanel onClose={() => setRunOpen(false)} />}
      </main>
    </div>
  );
}

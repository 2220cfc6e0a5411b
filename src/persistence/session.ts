/**
 * The app's draft persistence, wired once: the database, the tab coordinator, the saver on the
 * document store, the page lifecycle, and the library whose writes are announced to other tabs
 * and to this tab's saver. Call `startDraftPersistence()` once at app start.
 */
import { documentStore } from '../store/document-store';
import { openDraftDb, type DraftDb } from './draft-db';
import { attachPageLifecycle } from './page-lifecycle';
import { bindEditLock } from './edit-lock';
import { createDraftSaver, type DraftSaver, type OpenedWorkflow } from './draft-saver';
import { importFiles, type FileImport, type ImportFile } from './import-files';
import { createLibrary, type Library } from './library';
import { persistenceStore, setPersistence } from './persistence-store';
import { createSnapshots, type Snapshots } from './snapshots';
import { createTabCoordinator } from './tab-coordination';

export interface DraftSession {
  saver: DraftSaver;
  /** The library and snapshots, on the open database (which may fail to open: they throw then). */
  library(): Promise<Library>;
  snapshots(): Promise<Snapshots>;
  /** Adds files to the library, each with its own outcome; newer DSL versions only when accepted. */
  importFiles(files: readonly ImportFile[], options?: { acceptNewerVersions?: boolean }): Promise<FileImport[]>;
  /** What the start restored (or created). */
  restored: OpenedWorkflow;
}

let started: Promise<DraftSession> | undefined;

function storageProblem(error: string) {
  const s = persistenceStore.getState();
  setPersistence(persistenceStore, { ...s, saveState: 'error', error });
}

export function startDraftPersistence(): Promise<DraftSession> {
  started ??= (async () => {
    const coordinator = createTabCoordinator();
    let connection: Promise<DraftDb> | undefined;
    const openDb = () =>
      (connection ??= openDraftDb({
        onBlocked: () => storageProblem('Another Flowpad tab with an older version is open and blocks the draft storage. Close or reload it.'),
        onVersionChange: () => {
          connection = undefined;
          storageProblem('A newer version of Flowpad was opened in another tab. Reload this page to keep saving.');
        },
      }).catch((error: unknown) => {
        connection = undefined;
        throw error;
      }));
    const saver = createDraftSaver({ openDb, documents: documentStore, status: persistenceStore, coordinator });
    const onChange = (workflowId: string, revision: number) => {
      coordinator.announceChange(workflowId, revision);
      void saver.noticeChange(workflowId, revision);
    };
    attachPageLifecycle(saver);
    bindEditLock(persistenceStore, documentStore);
    const restored = await saver.restoreLastWorkflow();
    if (restored.problem) console.warn(`Flowpad drafts: ${restored.problem}`);
    return {
      saver,
      restored,
      library: async () => createLibrary(await openDb(), { onChange }),
      snapshots: async () => createSnapshots(await openDb(), { onChange }),
      importFiles: async (files, options) => importFiles(await openDb(), files, { ...options, onChange }),
    };
  })();
  return started;
}

/** Opens the last workflow on app start (starting persistence if needed). */
export async function restoreLastWorkflow(): Promise<OpenedWorkflow> {
  return (await startDraftPersistence()).restored;
}

/** The save indicator's "Take over" button. */
export async function takeOver(): Promise<void> {
  if (started) await (await started).saver.takeOver();
}

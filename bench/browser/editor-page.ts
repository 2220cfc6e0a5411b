/**
 * The editor benchmark's app page: boots the real app exactly as index.html does (drafts restored
 * from IndexedDB, App rendered), then measures it. `?phase=import` imports the generated workflow
 * as YAML text and leaves it saved as the draft; `?phase=open` measures a reload that opens it from
 * the draft store, then offers panning, dragging and autosave to the runner (bench-api.ts).
 */
import '../../src/main';
import { serialize } from '../../src/dsl';
import { documentStore } from '../../src/store/document-store';
import { startDraftPersistence } from '../../src/persistence/session';
import { persistenceStore } from '../../src/persistence/persistence-store';
import { viewportHandle } from '../../src/canvas/viewport-handle';
import { rendersVisibleOnly } from '../../src/canvas/visible-elements';
import { generateWorkflow } from '../generate-workflow';
import { dragFrames, panFrames, screenPositionOf, whenGraphRendered } from './graph-probe';
import { BENCH_NODES, DRAG_NODE, onScreenNodes, settle } from './bench-graph';
import type { BenchApi } from './bench-api';

/** Whether the app's canvas renders only what is in view at this size (src/canvas/visible-elements.ts). */
const VISIBLE_ONLY = rendersVisibleOnly(BENCH_NODES);

async function importPhase() {
  const session = await startDraftPersistence();
  const doc = generateWorkflow(BENCH_NODES);
  const text = serialize(doc);
  const { edges } = doc.workflow.graph;
  await settle();
  const t0 = performance.now();
  const outcome = documentStore.getState().importText(text);
  const importSyncMs = performance.now() - t0;
  if (!outcome.ok) throw new Error(`import failed: ${outcome.errors[0]?.message}`);
  const importMs = (await whenGraphRendered(BENCH_NODES, edges.length, { visibleOnly: VISIBLE_ONLY })) - t0;
  await session.saver.flush();
  if (persistenceStore.getState().saveState !== 'saved') throw new Error(`draft not saved: ${persistenceStore.getState().saveState} ${persistenceStore.getState().error ?? ''}`);
  return { importMs, importSyncMs, edges: edges.length, yamlKb: text.length / 1024, visibleOnly: VISIBLE_ONLY };
}

const positionOf = (id: string) => documentStore.getState().document.workflow.graph.nodes.find((n) => n.id === id)!.position!;

function api(): BenchApi {
  const handle = viewportHandle();
  if (!handle) throw new Error('the canvas registered no viewport handle');
  return {
    async pan(from, frames) {
      handle.setViewport(from);
      await settle();
      const times = await panFrames(handle.setViewport, from, frames);
      return { ...times, onScreen: onScreenNodes() };
    },
    async drag(frames) {
      handle.setViewport({ x: 0, y: 0, zoom: 0.7 });
      await settle();
      const node = positionOf(DRAG_NODE);
      const screen = screenPositionOf(DRAG_NODE);
      const history = documentStore.getState().history.position;
      let turn = { node, screen };
      const times = await dragFrames(DRAG_NODE, frames, () => (turn = { node: positionOf(DRAG_NODE), screen: screenPositionOf(DRAG_NODE) }));
      return {
        ...times,
        screenMovedBy: { x: turn.screen.x - screen.x, y: turn.screen.y - screen.y },
        documentMovedBy: { x: turn.node.x - node.x, y: turn.node.y - node.y },
        historyEntriesAdded: documentStore.getState().history.position - history,
      };
    },
    // One store edit, then the saver's write (what the debounce timer runs), `saves` times.
    async autosave(saves) {
      const { saver } = await startDraftPersistence();
      const putMs: number[] = [];
      const saveMs: number[] = [];
      const itemWrites: number[] = [];
      for (let i = 0; i < saves; i++) {
        const at = positionOf(DRAG_NODE);
        documentStore.getState().moveNodes([{ id: DRAG_NODE, position: { x: at.x + 1, y: at.y } }]);
        await settle();
        const t0 = performance.now();
        await saver.flush();
        saveMs.push(performance.now() - t0);
        putMs.push(saver.lastPutMs);
        itemWrites.push(saver.lastItemWrites);
      }
      const status = persistenceStore.getState();
      if (status.saveState !== 'saved') throw new Error(`autosave did not save: ${status.error ?? status.saveState}`);
      return { putMs, saveMs, itemWrites };
    },
  };
}

async function openPhase() {
  const edges = generateWorkflow(BENCH_NODES).workflow.graph.edges.length;
  const openMs = await whenGraphRendered(BENCH_NODES, edges, { visibleOnly: VISIBLE_ONLY });
  const restored = documentStore.getState().document.workflow.graph.nodes.length;
  if (restored !== BENCH_NODES) throw new Error(`the draft store reopened ${restored} nodes, not ${BENCH_NODES}`);
  window.benchApi = api();
  return { openMs };
}

(new URLSearchParams(location.search).get('phase') === 'import' ? importPhase() : openPhase()).then(
  (result) => {
    window.benchResult = result;
  },
  (e: unknown) => {
    window.benchResult = { error: e instanceof Error ? e.message : String(e) };
  },
);

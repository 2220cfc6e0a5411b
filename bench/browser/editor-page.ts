/**
 * The editor benchmark's app page: boots the real app exactly as index.html does (drafts restored
 * from IndexedDB, App rendered), then measures it. `?phase=import` imports the generated workflow
 * as YAML text and leaves it saved as the draft; `?phase=open` measures a reload that opens it from
 * the draft store, and with `&measure=1` also panning, dragging and autosave.
 */
import '../../src/main';
import { serialize } from '../../src/dsl';
import { documentStore } from '../../src/store/document-store';
import { startDraftPersistence } from '../../src/persistence/session';
import { persistenceStore } from '../../src/persistence/persistence-store';
import { viewportHandle } from '../../src/canvas/viewport-handle';
import { generateWorkflow } from '../generate-workflow';
import { dragFrames, panFrames, screenPositionOf, whenGraphRendered, type ViewportLike } from './graph-probe';
import { BENCH_NODES, DRAG_NODE, onScreenNodes, settle } from './bench-graph';

declare global {
  interface Window { benchResult?: unknown }
}

const params = new URLSearchParams(location.search);

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
  const importMs = (await whenGraphRendered(BENCH_NODES, edges.length)) - t0;
  await session.saver.flush();
  if (persistenceStore.getState().saveState !== 'saved') throw new Error(`draft not saved: ${persistenceStore.getState().saveState} ${persistenceStore.getState().error ?? ''}`);
  return { importMs, importSyncMs, edges: edges.length, yamlKb: text.length / 1024 };
}

async function measure(edgeCount: number) {
  const session = await startDraftPersistence();
  const handle = viewportHandle();
  if (!handle) throw new Error('the canvas registered no viewport handle');
  const at = async (v: ViewportLike) => {
    handle.setViewport(v);
    await settle();
  };
  const opening: ViewportLike = { x: 0, y: 0, zoom: 0.7 };
  const zoomedOut: ViewportLike = { x: 20, y: 20, zoom: 0.25 };
  await at(opening);
  const pan = await panFrames(handle.setViewport, opening, 120);
  const panOnScreen = onScreenNodes();
  await at(zoomedOut);
  const panZoomedOut = await panFrames(handle.setViewport, zoomedOut, 120);
  const zoomedOutOnScreen = onScreenNodes();

  await at(opening);
  const nodeBefore = documentStore.getState().document.workflow.graph.nodes.find((n) => n.id === DRAG_NODE)!.position!;
  const screenBefore = screenPositionOf(DRAG_NODE);
  const historyBefore = documentStore.getState().history;
  const drag = await dragFrames(DRAG_NODE, 90);
  const nodeAfter = documentStore.getState().document.workflow.graph.nodes.find((n) => n.id === DRAG_NODE)!.position!;
  const screenAfter = screenPositionOf(DRAG_NODE);
  const dragCheck = {
    documentMovedBy: { x: nodeAfter.x - nodeBefore.x, y: nodeAfter.y - nodeBefore.y },
    screenMovedBy: { x: screenAfter.x - screenBefore.x, y: screenAfter.y - screenBefore.y },
    historyEntriesAdded: documentStore.getState().history.position - historyBefore.position,
  };

  // Autosave: one store edit, then the saver's write (what the debounce would run), many times.
  const putMs: number[] = [];
  const flushMs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const node = documentStore.getState().document.workflow.graph.nodes.find((n) => n.id === DRAG_NODE)!;
    documentStore.getState().moveNodes([{ id: DRAG_NODE, position: { x: node.position!.x + 1, y: node.position!.y } }]);
    await settle();
    const t0 = performance.now();
    await session.saver.flush();
    flushMs.push(performance.now() - t0);
    putMs.push(session.saver.lastPutMs);
  }
  if (persistenceStore.getState().saveState !== 'saved') throw new Error(`autosave did not save: ${persistenceStore.getState().error ?? persistenceStore.getState().saveState}`);
  return { pan, panOnScreen, panZoomedOut, zoomedOutOnScreen, drag, dragCheck, putMs, flushMs, edges: edgeCount };
}

async function openPhase() {
  const edges = generateWorkflow(BENCH_NODES).workflow.graph.edges.length;
  const openMs = await whenGraphRendered(BENCH_NODES, edges);
  const restored = documentStore.getState().document.workflow.graph.nodes.length;
  if (restored !== BENCH_NODES) throw new Error(`the draft store reopened ${restored} nodes, not ${BENCH_NODES}`);
  return { openMs, ...(params.get('measure') ? await measure(edges) : {}) };
}

(params.get('phase') === 'import' ? importPhase() : openPhase()).then(
  (result) => {
    window.benchResult = result;
  },
  (e: unknown) => {
    window.benchResult = { error: e instanceof Error ? e.message : String(e) };
  },
);

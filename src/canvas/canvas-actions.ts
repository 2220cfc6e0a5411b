/**
 * Canvas actions that go through the store's commands, so each is one undoable step: connect,
 * organize (auto-layout), copy / cut / paste through the system clipboard, duplicate.
 */
import { documentStore } from '../store/document-store';
import { clipboardFromText, clipboardToText, connect, copyNodes, deleteNodes, duplicateNodes, pasteNodes } from '../store/commands';
import type { XY } from '../dsl';
import { layoutOffMainThread } from './layout/layout-client';
import { layoutStatus } from './layout/layout-status';
import { applyLayout } from './layout/apply-layout';
import { canvasNotice } from './canvas-notice';
import { viewportHandle } from './viewport-handle';

export function report(outcome: { ok: boolean; reason?: string }): boolean {
  if (!outcome.ok && outcome.reason) canvasNotice.getState().show(outcome.reason);
  return outcome.ok;
}

export function connectNodes(args: { source: string; sourceHandle: string | null; target: string; targetHandle: string | null }): boolean {
  return report(documentStore.getState().apply('Node connected', (doc) => connect(doc, { source: args.source, sourceHandle: args.sourceHandle ?? 'source', target: args.target, targetHandle: args.targetHandle ?? 'target' })));
}

/** ELK runs in a worker: the page stays responsive and the toolbar shows "Organizing…". */
export async function organize(): Promise<void> {
  if (layoutStatus.getState().organizing) return;
  layoutStatus.setState({ organizing: true });
  try {
    const result = await layoutOffMainThread(documentStore.getState().document);
    const applied = report(documentStore.getState().apply('Layout organized', (doc) => applyLayout(doc, result)));
    // The layout resets the document's viewport as Dify does; the canvas follows it.
    const viewport = documentStore.getState().document.workflow.graph.viewport;
    if (applied && viewport) viewportHandle()?.setViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom });
  } catch (e) {
    canvasNotice.getState().show(`Organize failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    layoutStatus.setState({ organizing: false });
  }
}

/** The selection as clipboard text, or undefined (cut also deletes it, as one undoable step). */
export function copySelection(cut = false): string | undefined {
  const { document: doc, selectedNodeIds } = documentStore.getState();
  if (selectedNodeIds.length === 0) return undefined;
  const clip = copyNodes(doc, selectedNodeIds);
  if (clip.nodes.length === 0) {
    canvasNotice.getState().show('The selection holds nothing that can be copied (start blocks and start children cannot).');
    return undefined;
  }
  if (cut) report(documentStore.getState().apply('Nodes cut', (d) => deleteNodes(d, clip.nodes.map((n) => n.id))));
  return clipboardToText(clip);
}

/** Pastes clipboard text holding Flowpad nodes; false when the text holds none. */
export function pasteText(text: string, at: XY): boolean {
  const clip = clipboardFromText(text);
  if (!clip) return false;
  report(documentStore.getState().apply('Pasted', (doc) => pasteNodes(doc, clip, { at, now: Date.now() })));
  return true;
}

export function duplicateSelection(): void {
  const { selectedNodeIds } = documentStore.getState();
  if (selectedNodeIds.length === 0) return;
  report(documentStore.getState().apply('Duplicated', (doc) => duplicateNodes(doc, selectedNodeIds, { now: Date.now() })));
}

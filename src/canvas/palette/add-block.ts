/**
 * Adding blocks from the palette and the "+" selectors, each one undoable step through the
 * store's commands; the new block is selected (dify-dsl.md 6.8), a refusal shows a notice.
 */
import type { DslDocument, XY } from '../../dsl';
import { documentStore } from '../../store/document-store';
import { addNode, addNodeAfter, addNodeBefore, insertNodeOnEdge, type CommandResult } from '../../store/commands';
import { freshId } from '../../store/commands/graph-update';
import { CONTAINER_SIZE, NODE_SIZE } from '../../store/commands/placement';
import { specFor } from '../../nodes/specs';
import { report } from '../canvas-actions';
import { dropPlacement } from './drop-target';
import { freeSpot } from './free-spot';

/** Runs `command` with a fresh node id and selects that node when it went in. */
function addAndSelect(label: string, command: (doc: DslDocument, id: string) => CommandResult): boolean {
  const state = documentStore.getState();
  const id = freshId(Date.now(), new Set(state.document.workflow.graph.nodes.map((n) => n.id)));
  const added = report(state.apply(label, (doc) => command(doc, id)));
  if (added) documentStore.getState().selectNodes([id]);
  return added;
}

/** A block dropped at `point` (flow coordinates): into the iteration or loop there, or at top level. */
export function addBlockAt(type: string, point: XY): boolean {
  return addAndSelect('Block added', (doc, id) => {
    const { position, parentId } = dropPlacement(doc.workflow.graph.nodes, point);
    return addNode(doc, { type, position, ...(parentId ? { parentId } : {}), id });
  });
}

/** A clicked block, centred on `centre` (flow coordinates) and nudged off other cards. */
export function addBlockNear(type: string, centre: XY): boolean {
  const size = specFor(type)?.container ? CONTAINER_SIZE : NODE_SIZE;
  return addAndSelect('Block added', (doc, id) => {
    const position = freeSpot(doc.workflow.graph.nodes, { x: centre.x - size.width / 2, y: centre.y - size.height / 2 });
    return addNode(doc, { type, position, id });
  });
}

export function addBlockAfter(nodeId: string, handleId: string, type: string): boolean {
  return addAndSelect('Block added', (doc, id) => addNodeAfter(doc, { nodeId, handleId, type, id }));
}

export function insertBlockOnEdge(edgeId: string, type: string): boolean {
  return addAndSelect('Block inserted', (doc, id) => insertNodeOnEdge(doc, edgeId, { type, id }));
}

export function addBlockBefore(nodeId: string, type: string): boolean {
  return addAndSelect('Block added', (doc, id) => addNodeBefore(doc, { nodeId, type, id }));
}

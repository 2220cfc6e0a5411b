/**
 * Inserting a block on an edge (dify-dsl.md 6.8): the new node takes the next node's place,
 * the next node and everything after it move right by 300, and previous -> new -> next replace
 * the edge (the previous node's handle is kept). A branching block or Exit Loop gets no edge out.
 */
import type { DslDocument, DslEdge, DslNode } from '../../dsl';
import { edgeIdOf, indexGraph, reachableFrom } from '../../graph/graph-index';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { moveNodes } from '../move-nodes';
import { createNodes } from './add-node';
import { fitContainerOf } from './container-fit';
import { edgeBetween } from './connect';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';

export const INSERT_SHIFT_X = 300;

/**
 * The nodes with `next` and every node after it (along edges, among its siblings) moved right
 * by 300, making room for a block put in `next`'s place (6.8: insert on an edge, add before).
 */
export function shiftedFrom(doc: DslDocument, next: DslNode): DslNode[] {
  const downstream = [...reachableFrom(indexGraph(doc), [next.id])].map((id) => nodeById(doc, id)!).filter((n) => n.parentId === next.parentId);
  const moves = downstream.flatMap((n) => (n.position ? [{ id: n.id, position: { x: n.position.x + INSERT_SHIFT_X, y: n.position.y } }] : []));
  return moveNodes(doc.workflow.graph.nodes, moves);
}

export function insertNodeOnEdge(doc: DslDocument, edgeId: string, args: { type: string; now?: number; id?: string }): CommandResult {
  const edge = doc.workflow.graph.edges.find((e) => edgeIdOf(e) === edgeId);
  if (!edge) return refuse(`There is no connection '${edgeId}'`);
  const previous = nodeById(doc, edge.source);
  const next = nodeById(doc, edge.target);
  if (!previous || !next) return refuse('This connection does not join two nodes');
  const created = createNodes(doc, { type: args.type, position: next.position ?? { x: 0, y: 0 }, parentId: next.parentId, now: args.now, id: args.id });
  if (!Array.isArray(created)) return created;
  const inserted = created[0]!;
  if (!hasTargetHandle(inserted)) return refuse(`${inserted.data.title} cannot be inserted: nothing can connect into it`);
  const placed = withGraph(doc, { nodes: [...shiftedFrom(doc, next), ...created] });
  const edges: DslEdge[] = doc.workflow.graph.edges.filter((e) => e !== edge);
  edges.push(edgeBetween(placed, previous, edge.sourceHandle ?? 'source', inserted, 'target'));
  if (sourceHandlesOf(inserted).some((h) => h.id === 'source')) edges.push(edgeBetween(placed, inserted, 'source', nodeById(placed, next.id)!, edge.targetHandle ?? 'target'));
  return fitContainerOf(withGraph(placed, { edges }), inserted.id);
}

/**
 * Inserting a block on an edge (dify-dsl.md 6.8): the new node takes the next node's place,
 * the next node and everything after it move right by 300, and previous -> new -> next replace
 * the edge (the previous node's handle is kept). A branching block or Exit Loop gets no edge out.
 */
import type { DslDocument, DslEdge } from '../../dsl';
import { indexGraph } from '../../graph/graph-index';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { moveNodes } from '../move-nodes';
import { createNodes } from './add-node';
import { edgeBetween } from './connect';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';

export const INSERT_SHIFT_X = 300;

function downstreamOf(doc: DslDocument, from: string): string[] {
  const graph = indexGraph(doc);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of graph.outgoing.get(id) ?? []) stack.push(e.target);
  }
  return [...seen];
}

export function insertNodeOnEdge(doc: DslDocument, edgeId: string, args: { type: string; now?: number; id?: string }): CommandResult {
  const edge = doc.workflow.graph.edges.find((e) => e.id === edgeId);
  if (!edge) return refuse(`There is no connection '${edgeId}'`);
  const previous = nodeById(doc, edge.source);
  const next = nodeById(doc, edge.target);
  if (!previous || !next) return refuse('This connection does not join two nodes');
  const created = createNodes(doc, { type: args.type, position: next.position ?? { x: 0, y: 0 }, parentId: next.parentId, now: args.now, id: args.id });
  if (!Array.isArray(created)) return created;
  const inserted = created[0]!;
  if (!hasTargetHandle(inserted)) return refuse(`${inserted.data.title} cannot be inserted: nothing can connect into it`);
  const moves = downstreamOf(doc, next.id).flatMap((id) => {
    const p = nodeById(doc, id)?.position;
    return p ? [{ id, position: { x: p.x + INSERT_SHIFT_X, y: p.y } }] : [];
  });
  const placed = withGraph(doc, { nodes: [...moveNodes(doc.workflow.graph.nodes, moves), ...created] });
  const edges: DslEdge[] = doc.workflow.graph.edges.filter((e) => e !== edge);
  edges.push(edgeBetween(placed, previous, edge.sourceHandle ?? 'source', inserted, 'target'));
  if (sourceHandlesOf(inserted).some((h) => h.id === 'source')) edges.push(edgeBetween(placed, inserted, 'source', nodeById(placed, next.id)!, edge.targetHandle ?? 'target'));
  return withGraph(placed, { edges });
}

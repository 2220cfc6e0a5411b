/**
 * Adding a block before a node, from the "+" on its target handle (dify-dsl.md 6.8): the new
 * block takes the node's place, the node and everything after it move right by 300, and an
 * edge leads from the new block's first output into the node. Edges already coming into the
 * node stay as they are.
 */
import type { DslDocument } from '../../dsl';
import { indexGraph, reachableFrom } from '../../graph/graph-index';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { moveNodes } from '../move-nodes';
import { createNodes } from './add-node';
import { edgeBetween } from './connect';
import { INSERT_SHIFT_X } from './insert-on-edge';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';

export interface AddBeforeArgs {
  nodeId: string;
  type: string;
  now?: number;
  id?: string;
}

export function addNodeBefore(doc: DslDocument, args: AddBeforeArgs): CommandResult {
  const next = nodeById(doc, args.nodeId);
  if (!next) return refuse(`There is no node '${args.nodeId}'`);
  if (!hasTargetHandle(next)) return refuse(`Nothing can connect into '${next.data.title || next.id}'`);
  const created = createNodes(doc, { type: args.type, position: next.position ?? { x: 0, y: 0 }, parentId: next.parentId, now: args.now, id: args.id });
  if (!Array.isArray(created)) return created;
  const added = created[0]!;
  const handle = sourceHandlesOf(added)[0];
  if (!handle) return refuse(`${added.data.title} cannot come before a block: nothing can follow it`);
  // Downstream along edges stays among siblings; container children move with their container.
  const downstream = [...reachableFrom(indexGraph(doc), [next.id])].map((id) => nodeById(doc, id)!).filter((n) => n.parentId === next.parentId);
  const moves = downstream.flatMap((n) => (n.position ? [{ id: n.id, position: { x: n.position.x + INSERT_SHIFT_X, y: n.position.y } }] : []));
  const placed = withGraph(doc, { nodes: [...moveNodes(doc.workflow.graph.nodes, moves), ...created] });
  return withGraph(placed, { edges: [...doc.workflow.graph.edges, edgeBetween(placed, added, handle.id, nodeById(placed, next.id)!, 'target')] });
}

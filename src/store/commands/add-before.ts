/**
 * Adding a block before a node, from the "+" on its target handle (dify-dsl.md 6.8): the new
 * block takes the node's place, the node and everything after it move right by 300, and an
 * edge leads from the new block's first output into the node. Edges already coming into the
 * node stay as they are.
 */
import type { DslDocument } from '../../dsl';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { createNodes } from './add-node';
import { edgeBetween } from './connect';
import { shiftedFrom } from './insert-on-edge';
import { fitContainerOf } from './container-fit';
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
  const placed = withGraph(doc, { nodes: [...shiftedFrom(doc, next), ...created] });
  const connected = withGraph(placed, { edges: [...doc.workflow.graph.edges, edgeBetween(placed, added, handle.id, nodeById(placed, next.id)!, 'target')] });
  return fitContainerOf(connected, added.id);
}

/**
 * Adding a block after a source handle (dify-dsl.md 6.8): right of the node (its width + 60),
 * or below the lowest node that handle already leads to (its height + 39). The new block gets
 * the node's container and an edge from the handle; a container grows to hold it (3.5).
 */
import type { DslDocument, DslNode, XY } from '../../dsl';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { createNodes } from './add-node';
import { edgeBetween } from './connect';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';
import { fitContainer, storedSize } from './container-fit';

export const ADD_AFTER_GAP_X = 60;
export const ADD_AFTER_GAP_Y = 39;
export interface AddAfterArgs {
  nodeId: string;
  handleId: string;
  type: string;
  now?: number;
  id?: string;
}

/** Where a block added after `handleId` of `source` goes (relative to its container, like the source). */
export function addAfterPosition(doc: DslDocument, source: DslNode, handleId: string): XY {
  const origin = source.position ?? { x: 0, y: 0 };
  const successors = doc.workflow.graph.edges
    .filter((e) => e.source === source.id && (e.sourceHandle ?? 'source') === handleId)
    .map((e) => nodeById(doc, e.target))
    .filter((n): n is DslNode => n !== undefined && n.position !== undefined);
  if (successors.length === 0) return { x: origin.x + storedSize(source).width + ADD_AFTER_GAP_X, y: origin.y };
  const lowest = successors.reduce((a, b) => (b.position!.y > a.position!.y ? b : a));
  return { x: lowest.position!.x, y: lowest.position!.y + storedSize(lowest).height + ADD_AFTER_GAP_Y };
}

export function addNodeAfter(doc: DslDocument, args: AddAfterArgs): CommandResult {
  const source = nodeById(doc, args.nodeId);
  if (!source) return refuse(`There is no node '${args.nodeId}'`);
  if (!sourceHandlesOf(source).some((h) => h.id === args.handleId)) return refuse(`'${source.data.title || source.id}' has no output '${args.handleId}'`);
  const position = addAfterPosition(doc, source, args.handleId);
  const created = createNodes(doc, { type: args.type, position, parentId: source.parentId, now: args.now, id: args.id });
  if (!Array.isArray(created)) return created;
  const added = created[0]!;
  if (!hasTargetHandle(added)) return refuse(`${added.data.title} cannot follow another block: nothing can connect into it`);
  const placed = withGraph(doc, { nodes: [...doc.workflow.graph.nodes, ...created] });
  const connected = withGraph(placed, { edges: [...doc.workflow.graph.edges, edgeBetween(placed, source, args.handleId, added, 'target')] });
  return source.parentId ? fitContainer(connected, source.parentId) : connected;
}

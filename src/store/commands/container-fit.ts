/**
 * How much room an iteration or loop needs for its children (dify-dsl.md 3.5): each child's
 * right and bottom edge plus Dify's padding. Adding, inserting and resizing all use this one rule.
 */
import type { DslDocument, DslNode } from '../../dsl';
import { isStartChild } from '../../graph/graph-index';
import { nodeById, withGraph } from './graph-update';
import { NODE_SIZE } from './placement';

/** Dify's container padding: children stay this far from the right and bottom borders. */
export const CONTAINER_PADDING = { right: 16, bottom: 20 } as const;
/** What Dify persists for a container's start child, which has no size of its own here. */
const START_CHILD_SIZE = { width: 44, height: 48 } as const;

export interface Size {
  width: number;
  height: number;
}

/** A node's size as stored, else what Dify gives such a node. */
export function storedSize(node: DslNode): Size {
  const fallback = isStartChild(node) ? START_CHILD_SIZE : NODE_SIZE;
  return {
    width: typeof node.width === 'number' ? node.width : fallback.width,
    height: typeof node.height === 'number' ? node.height : fallback.height,
  };
}

/** The smallest size holding every child of `containerId` inside its padding (0 x 0 without children). */
export function childrenExtent(doc: DslDocument, containerId: string): Size {
  const extent = { width: 0, height: 0 };
  for (const child of doc.workflow.graph.nodes) {
    if (child.parentId !== containerId) continue;
    const p = child.position ?? { x: 0, y: 0 };
    const s = storedSize(child);
    extent.width = Math.max(extent.width, p.x + s.width + CONTAINER_PADDING.right);
    extent.height = Math.max(extent.height, p.y + s.height + CONTAINER_PADDING.bottom);
  }
  return extent;
}

/** The container grown (never shrunk) so every child fits inside its padding; `doc` when it already does. */
export function fitContainer(doc: DslDocument, containerId: string): DslDocument {
  const container = nodeById(doc, containerId);
  if (!container) return doc;
  const size = storedSize(container);
  const extent = childrenExtent(doc, containerId);
  const width = Math.max(size.width, extent.width);
  const height = Math.max(size.height, extent.height);
  if (width === size.width && height === size.height) return doc;
  const grown: DslNode = { ...container, width, height, data: { ...container.data, width, height } };
  return withGraph(doc, { nodes: doc.workflow.graph.nodes.map((n) => (n === container ? grown : n)) });
}

/** `doc` with the container of node `id` (if any) grown to hold it. */
export function fitContainerOf(doc: DslDocument, id: string): DslDocument {
  const parentId = nodeById(doc, id)?.parentId;
  return parentId ? fitContainer(doc, parentId) : doc;
}

/**
 * Applies an auto-layout result to a document, immutably: moved nodes get a new `position`
 * (and `positionAbsolute`), resized containers new width/height on the node and in `data`;
 * every other node keeps its object identity. The viewport is reset as Dify does after organizing.
 */
import type { DslDocument, DslNode, XY } from '../../dsl';
import type { LayoutResult } from './auto-layout';
import { ORGANIZED_VIEWPORT } from './layout-options';

const sameXY = (a: XY | undefined, b: XY) => a !== undefined && a.x === b.x && a.y === b.y;

function resized(node: DslNode, size: { width: number; height: number } | undefined): DslNode {
  if (!size) return node;
  const { width, height } = size;
  if (node.width === width && node.height === height && node.data.width === width && node.data.height === height) return node;
  return { ...node, width, height, data: { ...node.data, width, height } };
}

export function applyLayout(doc: DslDocument, result: LayoutResult): DslDocument {
  const graph = doc.workflow.graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const positionOf = (node: DslNode): XY => result.positions.get(node.id) ?? node.position ?? { x: 0, y: 0 };

  let changed = false;
  const nodes = graph.nodes.map((node) => {
    let next = resized(node, result.sizes.get(node.id));
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const laidOut = result.positions.has(node.id);
    // A child left where it is still follows its container's new place in `positionAbsolute`.
    const parentMoved = parent !== undefined && result.positions.has(parent.id) && !sameXY(parent.position, positionOf(parent));
    if (laidOut || parentMoved) {
      const position = positionOf(node);
      const parentAt = parent ? positionOf(parent) : { x: 0, y: 0 };
      const absolute = { x: parentAt.x + position.x, y: parentAt.y + position.y };
      if (!sameXY(node.position, position) || !sameXY(node.positionAbsolute, absolute)) next = { ...next, position, positionAbsolute: absolute };
    }
    if (next !== node) changed = true;
    return next;
  });

  const viewport = graph.viewport ?? { x: 0, y: 0, zoom: 1 };
  const viewportSame = viewport.x === ORGANIZED_VIEWPORT.x && viewport.y === ORGANIZED_VIEWPORT.y && viewport.zoom === ORGANIZED_VIEWPORT.zoom;
  if (!changed && viewportSame && graph.viewport) return doc;
  return {
    ...doc,
    workflow: {
      ...doc.workflow,
      graph: { ...graph, nodes: changed ? nodes : graph.nodes, viewport: { ...viewport, ...ORGANIZED_VIEWPORT } },
    },
  };
}

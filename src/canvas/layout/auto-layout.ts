/**
 * "Organize" (Ctrl+O): ELK layered layout of a workflow, as Dify does it (dify-dsl.md 6.7).
 * Pure data in, pure data out: the caller applies the result (see apply-layout.ts) as one command.
 *
 * 1. Each top-level iteration/loop: its children are laid out (start child leftmost), placed
 *    60 px inside the container, and the container grows to fit them (never shrinks).
 * 2. The top level: top-level `custom` nodes and the edges between them; containers count with
 *    their new size. Notes and other canvas-only nodes never move.
 * 3. Each layer is centred on its tallest node (layer-centring.ts).
 *
 * Speed (bench/layout-bench.ts, Node 20, bundled elkjs in the calling thread, this dev machine):
 * a generated 200-node workflow organizes in ~0.3 s median, a 1,000-node one
 * (`generateWorkflow(1000)`) in ~3.4 s median (p95 ~5 s). Real Dify files (10-60 nodes) take
 * 20-80 ms. The editor runs it in a Web Worker (layout-client.ts, layout.worker.ts): it is pure
 * data in and out, so the worker calls it unchanged (or pass `elk` to use another ELK instance).
 */
import type { DslDocument, DslEdge, DslNode, XY } from '../../dsl';
import { isStartChild } from '../../graph/graph-index';
import { centreLayers } from './layer-centring';
import { positionsFrom, toElkGraph, type Size } from './elk-graph';
import { loadElk, type ElkLayouter } from './elk-loader';
import { CHILD_OPTIONS, CONTAINER_PADDING, DEFAULT_NODE_SIZE, TOP_LEVEL_NODE_SPACING, TOP_LEVEL_OPTIONS } from './layout-options';

export interface LayoutResult {
  /** New `position` by node id: absolute for top-level nodes, relative to the container for children. */
  positions: Map<string, XY>;
  /** New size of each container whose children were laid out (node and `data` width/height). */
  sizes: Map<string, Size>;
}

export interface AutoLayoutOptions {
  /** The ELK instance to use; by default the bundled one, loaded on first use. */
  elk?: ElkLayouter;
}

const CONTAINER_TYPES = new Set(['iteration', 'loop']);

const isTopLevelBlock = (node: DslNode) => !node.parentId && node.type === 'custom';
const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** The node's measured size, or Dify's default for an unmeasured node. */
export function measuredSize(node: DslNode): Size {
  return {
    width: positive(node.width) ? node.width : DEFAULT_NODE_SIZE.width,
    height: positive(node.height) ? node.height : DEFAULT_NODE_SIZE.height,
  };
}

function containerSize(node: DslNode): Size | undefined {
  const width = positive(node.width) ? node.width : node.data.width;
  const height = positive(node.height) ? node.height : node.data.height;
  return positive(width) && positive(height) ? { width, height } : undefined;
}

/** Shifts positions so that their bounding box starts at (0, 0); returns the box's size. */
function normalise(positions: Map<string, XY>, sizeOf: (id: string) => Size): Size {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [id, at] of positions) {
    const size = sizeOf(id);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + size.width);
    maxY = Math.max(maxY, at.y + size.height);
  }
  if (positions.size === 0) return { width: 0, height: 0 };
  for (const [id, at] of positions) positions.set(id, { x: at.x - minX, y: at.y - minY });
  return { width: maxX - minX, height: maxY - minY };
}

async function layoutContainer(elk: ElkLayouter, container: DslNode, children: DslNode[], edges: readonly DslEdge[], result: LayoutResult): Promise<void> {
  const sizeOf = new Map(children.map((n) => [n.id, measuredSize(n)]));
  const start = children.find(isStartChild);
  const graph = toElkGraph({ nodes: children, edges, sizeOf: (n) => sizeOf.get(n.id)!, options: CHILD_OPTIONS, ...(start ? { firstId: start.id } : {}) });
  const positions = positionsFrom(await elk.layout(graph));
  const bounds = normalise(positions, (id) => sizeOf.get(id)!);
  for (const [id, at] of positions) result.positions.set(id, { x: CONTAINER_PADDING + at.x, y: CONTAINER_PADDING + at.y });
  const current = containerSize(container);
  result.sizes.set(container.id, {
    width: Math.max(current?.width ?? 0, bounds.width + 2 * CONTAINER_PADDING),
    height: Math.max(current?.height ?? 0, bounds.height + 2 * CONTAINER_PADDING),
  });
}

export async function autoLayout(doc: DslDocument, options: AutoLayoutOptions = {}): Promise<LayoutResult> {
  const elk = options.elk ?? (await loadElk());
  const { nodes, edges } = doc.workflow.graph;
  const result: LayoutResult = { positions: new Map(), sizes: new Map() };

  const topLevel = nodes.filter(isTopLevelBlock);
  for (const container of topLevel.filter((n) => CONTAINER_TYPES.has(n.data.type))) {
    const children = nodes.filter((n) => n.parentId === container.id && n.type !== 'custom-note');
    if (children.length > 0) await layoutContainer(elk, container, children, edges, result);
  }

  const sizes = new Map(topLevel.map((n) => [n.id, result.sizes.get(n.id) ?? measuredSize(n)]));
  const graph = toElkGraph({ nodes: topLevel, edges, sizeOf: (n) => sizes.get(n.id)!, options: TOP_LEVEL_OPTIONS });
  const placed = positionsFrom(await elk.layout(graph));
  const centred = centreLayers(placed, sizes, edges, TOP_LEVEL_NODE_SPACING);
  normalise(centred, (id) => sizes.get(id)!);
  for (const [id, at] of centred) result.positions.set(id, at);
  return result;
}

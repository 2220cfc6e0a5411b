/**
 * DSL graph -> what React Flow renders. The DSL nodes stay the truth; these are views of them.
 * Pure: no React. Views of unchanged DSL nodes are reused (pass the previous cache), so React
 * Flow and the memoized cards skip them.
 */
import type { Edge, Node } from '@xyflow/react';
import type { DslEdge, DslGraph, DslNode } from '../dsl';
import { hasTargetHandle, sourceHandlesOf } from '../nodes/handles';
import { edgeIdOf } from '../graph/graph-index';
import { specFor } from '../nodes/specs';

/** Our renderer keys (`nodeTypes` in Canvas.tsx), by the DSL's React Flow `type` (dify-dsl.md 3.4). */
export const RENDERERS = {
  custom: 'block',
  'custom-note': 'note',
  'custom-simple': 'simple',
  'custom-iteration-start': 'container-start',
  'custom-loop-start': 'container-start',
} as const;

export type RendererKey = (typeof RENDERERS)[keyof typeof RENDERERS] | 'canvas-only';

/** A node without a `type` renders as a block; an unknown one (newer group nodes) as canvas-only. */
export function rendererFor(flowType: string | undefined): RendererKey {
  if (flowType == null) return 'block';
  return Object.hasOwn(RENDERERS, flowType) ? RENDERERS[flowType as keyof typeof RENDERERS] : 'canvas-only';
}

export interface CardData extends Record<string, unknown> {
  title: string;
  /** `data.type`; `''` for notes and canvas-only nodes. */
  blockType: string;
  /** Handle ids on the right: the block's own (its spec), then any other id an edge leaves from. */
  sourceHandles: readonly string[];
  /** What to show beside a handle (IF, ELIF, ELSE, a class name, FAIL). */
  handleLabels: Readonly<Record<string, string>>;
  hasTarget: boolean;
  /** The DSL node's own `data` object: its identity changes only when that node is edited. */
  nodeData: DslNode['data'];
}

export type FlowNode = Node<CardData, RendererKey>;
export type FlowEdge = Edge;

export const DEFAULT_SOURCE_HANDLE = 'source';
export const DEFAULT_TARGET_HANDLE = 'target';

/** Source handle ids per node id, as the graph's edges use them (a missing one means `source`). */
export function sourceHandlesByNode(edges: readonly DslEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const handle = e.sourceHandle ?? DEFAULT_SOURCE_HANDLE;
    const list = out.get(e.source);
    if (!list) out.set(e.source, [handle]);
    else if (!list.includes(handle)) list.push(handle);
  }
  return out;
}

/** Parents before their children (React Flow needs it); a missing or cyclic parent is dropped. */
export function orderParentsFirst(nodes: readonly DslNode[]): { node: DslNode; parentId?: string }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const out: { node: DslNode; parentId?: string }[] = [];
  const place = (n: DslNode): boolean => {
    if (placed.has(n.id)) return true;
    if (visiting.has(n.id)) return false;
    visiting.add(n.id);
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const parentOk = parent !== undefined && parent !== n && place(parent);
    visiting.delete(n.id);
    placed.add(n.id);
    out.push(parentOk ? { node: n, parentId: parent.id } : { node: n });
    return true;
  };
  nodes.forEach(place);
  return out;
}

function titleOf(node: DslNode): string {
  return typeof node.data?.title === 'string' ? node.data.title : '';
}

function blockTypeOf(node: DslNode): string {
  return typeof node.data?.type === 'string' ? node.data.type : '';
}

export interface Size {
  width: number;
  height: number;
}

/** How a node is shown besides its DSL data: canvas state that is not part of the document. */
export interface NodeView {
  parentId?: string;
  sourceHandles: readonly string[];
  selected: boolean;
  /** The size React Flow measured; the minimap and bounds need it on the node. */
  measured?: Size;
}

export function toFlowNode(node: DslNode, view: NodeView): FlowNode {
  const { parentId, sourceHandles, selected, measured } = view;
  const renderer = rendererFor(node.type);
  const own = renderer === 'note' ? [] : sourceHandlesOf(node);
  const ids = own.map((h) => h.id);
  for (const id of sourceHandles) if (!ids.includes(id)) ids.push(id);
  const handleLabels = Object.fromEntries(own.filter((h) => h.label).map((h) => [h.id, h.label!]));
  const flow: FlowNode = {
    id: node.id,
    type: renderer,
    position: { x: node.position?.x ?? 0, y: node.position?.y ?? 0 },
    data: {
      title: titleOf(node),
      blockType: blockTypeOf(node),
      sourceHandles: renderer === 'note' ? [] : ids,
      handleLabels,
      hasTarget: renderer !== 'note' && hasTargetHandle(node),
      nodeData: node.data,
    },
  };
  if (parentId) flow.parentId = parentId;
  if (typeof node.zIndex === 'number') flow.zIndex = node.zIndex;
  // Containers and notes are drawn at their stored size; other cards size to their content
  // (stored sizes are Dify's measurements of its own cards), so theirs serve until measured.
  const fixedSize = renderer === 'note' || specFor(blockTypeOf(node))?.container !== undefined;
  if (typeof node.width === 'number') flow[fixedSize ? 'width' : 'initialWidth'] = node.width;
  if (typeof node.height === 'number') flow[fixedSize ? 'height' : 'initialHeight'] = node.height;
  if (typeof node.draggable === 'boolean') flow.draggable = node.draggable;
  if (typeof node.selectable === 'boolean') flow.selectable = node.selectable;
  if (node.extent === 'parent') flow.extent = 'parent';
  if (selected) flow.selected = true;
  if (measured) flow.measured = { width: measured.width, height: measured.height };
  return flow;
}

export { edgeIdOf };

/** Edges between nodes that exist, first of each id kept; rendered with React Flow's bezier. */
export function toFlowEdges(edges: readonly DslEdge[], nodeIds: ReadonlySet<string>): FlowEdge[] {
  const seen = new Set<string>();
  const out: FlowEdge[] = [];
  for (const e of edges) {
    const id = edgeIdOf(e);
    if (seen.has(id) || !nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    seen.add(id);
    const flow: FlowEdge = {
      id,
      source: e.source,
      target: e.target,
      sourceHandle: e.sourceHandle ?? DEFAULT_SOURCE_HANDLE,
      targetHandle: e.targetHandle ?? DEFAULT_TARGET_HANDLE,
    };
    // The DSL's zIndex (1002 inside containers) is not passed on: React Flow already lifts an
    // edge between children to their level, and adding 1002 on top would draw it over the
    // children's cards and their "+" buttons.
    out.push(flow);
  }
  return out;
}

interface CacheEntry {
  source: DslNode;
  key: string;
  flow: FlowNode;
}

/** Views from the last call, by node id; pass it back in to reuse views of unchanged nodes. */
export type FlowNodeCache = Map<string, CacheEntry>;

export interface FlowNodeOptions {
  selected?: ReadonlySet<string>;
  measured?: ReadonlyMap<string, Size>;
  /** The cache of the previous call. */
  previous?: FlowNodeCache;
  /** `sourceHandlesByNode(graph.edges)` when the caller keeps it across calls (edges don't change while dragging). */
  handles?: ReadonlyMap<string, readonly string[]>;
}

export function toFlowNodes(graph: Pick<DslGraph, 'nodes' | 'edges'>, options: FlowNodeOptions = {}): { nodes: FlowNode[]; cache: FlowNodeCache } {
  const handles = options.handles ?? sourceHandlesByNode(graph.edges);
  const cache: FlowNodeCache = new Map();
  const nodes = orderParentsFirst(graph.nodes).map(({ node, parentId }) => {
    const view: NodeView = {
      parentId,
      sourceHandles: handles.get(node.id) ?? [],
      selected: options.selected?.has(node.id) ?? false,
      measured: options.measured?.get(node.id),
    };
    const key = [view.parentId ?? '', view.selected, view.measured?.width ?? '', view.measured?.height ?? '', ...view.sourceHandles].join('\u0000');
    const old = options.previous?.get(node.id);
    const flow = old && old.source === node && old.key === key ? old.flow : toFlowNode(node, view);
    cache.set(node.id, { source: node, key, flow });
    return flow;
  });
  return { nodes, cache };
}

export function toFlowGraph(graph: Pick<DslGraph, 'nodes' | 'edges'>, selected?: ReadonlySet<string>): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { nodes } = toFlowNodes(graph, { selected });
  return { nodes, edges: toFlowEdges(graph.edges, new Set(graph.nodes.map((n) => n.id))) };
}

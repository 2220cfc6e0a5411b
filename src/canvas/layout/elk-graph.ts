/**
 * DSL nodes and edges -> the ELK graph to lay out, and ELK's answer -> positions.
 * Branch nodes get fixed-order east ports, one per used handle in the block's handle order
 * (IF, ELIF..., ELSE; classes; actions, then timeout), so their targets keep that order top to bottom.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api';
import type { DslEdge, DslNode, XY } from '../../dsl';
import { sourceHandlesOf } from '../../nodes/handles';
import { BRANCH_TYPES } from './layout-options';

export interface Size {
  width: number;
  height: number;
}

export interface ElkGraphInput {
  nodes: readonly DslNode[];
  /** Only edges whose both ends are in `nodes` are used; self-loops are ignored. */
  edges: readonly DslEdge[];
  sizeOf: (node: DslNode) => Size;
  options: LayoutOptions;
  /** A node forced into the first (leftmost) layer and listed first: a container's start child. */
  firstId?: string;
}

const handleOf = (edge: DslEdge): string => edge.sourceHandle ?? 'source';
const portId = (nodeId: string, handle: string) => `${nodeId}::out::${handle}`;

/** Handles a branch node's edges leave from, in the block's order; unknown handles last. */
export function orderedHandles(node: DslNode, outgoing: readonly DslEdge[]): string[] {
  const used = new Set(outgoing.map(handleOf));
  const ordered = sourceHandlesOf(node).map((h) => h.id).filter((id) => used.has(id));
  for (const handle of used) if (!ordered.includes(handle)) ordered.push(handle);
  return ordered;
}

function portsFor(node: DslNode, outgoing: readonly DslEdge[]): ElkPort[] | undefined {
  if (!BRANCH_TYPES.has(node.data.type) || outgoing.length < 2) return undefined;
  return orderedHandles(node, outgoing).map((handle, index) => ({
    id: portId(node.id, handle),
    width: 0,
    height: 0,
    layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(index) },
  }));
}

export function toElkGraph(input: ElkGraphInput): ElkNode {
  const ids = new Set(input.nodes.map((n) => n.id));
  const edges = input.edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
  const outgoing = new Map<string, DslEdge[]>();
  for (const e of edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);

  const portOwners = new Set<string>();
  const ordered = input.firstId ? [...input.nodes].sort((a, b) => Number(b.id === input.firstId) - Number(a.id === input.firstId)) : input.nodes;
  const children: ElkNode[] = ordered.map((node) => {
    const ports = portsFor(node, outgoing.get(node.id) ?? []);
    const layoutOptions: LayoutOptions = {};
    if (ports) {
      portOwners.add(node.id);
      layoutOptions['elk.portConstraints'] = 'FIXED_ORDER';
    }
    if (node.id === input.firstId) layoutOptions['elk.layered.layering.layerConstraint'] = 'FIRST';
    return { id: node.id, ...input.sizeOf(node), ...(ports ? { ports } : {}), layoutOptions };
  });
  const elkEdges: ElkExtendedEdge[] = edges.map((e, i) => ({
    id: `edge-${i}`,
    sources: [portOwners.has(e.source) ? portId(e.source, handleOf(e)) : e.source],
    targets: [e.target],
  }));
  return { id: 'root', layoutOptions: input.options, children, edges: elkEdges };
}

/** Top-left corner of every laid-out node, by node id. */
export function positionsFrom(graph: ElkNode): Map<string, XY> {
  const out = new Map<string, XY>();
  for (const child of graph.children ?? []) out.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return out;
}

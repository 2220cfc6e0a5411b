/**
 * The part of the graph one engine runs: the top level, or one container's body. Notes and
 * canvas-only nodes are left out; edges are kept with their index so they can carry a state.
 */
import type { DslDocument, DslEdge, DslNode } from '../dsl';
import { runnerFor } from '../nodes/runners';
import { specFor } from '../nodes/specs';

export interface ScopeEdge {
  index: number;
  source: string;
  target: string;
  sourceHandle: string;
}

export interface GraphScope {
  nodes: Map<string, DslNode>;
  edges: ScopeEdge[];
  incoming: Map<string, ScopeEdge[]>;
  outgoing: Map<string, ScopeEdge[]>;
}

export class GraphBuildError extends Error {}

/** Notes, and nodes with no block type (groups and other canvas-only kinds), never run. */
export function isCanvasOnly(node: DslNode): boolean {
  return node.type === 'custom-note' || !node.data || node.data.type === '';
}

/** Checks the whole graph once before a run, as Dify's graph validation does. */
export function validateGraph(doc: DslDocument): void {
  const ids = new Set(doc.workflow.graph.nodes.map((n) => n.id));
  for (const n of doc.workflow.graph.nodes) {
    if (isCanvasOnly(n)) continue;
    if (!runnerFor(n.data.type)) throw new GraphBuildError(`The block "${n.data.title ?? n.id}" has the type '${n.data.type}', which Flowpad cannot run.`);
  }
  for (const e of doc.workflow.graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) {
      throw new GraphBuildError(`An edge points at a node that does not exist (${e.source} -> ${e.target}); delete it and run again.`);
    }
  }
}

export function buildScope(doc: DslDocument, containerId: string | undefined): GraphScope {
  const nodes = new Map<string, DslNode>();
  for (const n of doc.workflow.graph.nodes) {
    if (isCanvasOnly(n)) continue;
    const parent = typeof n.parentId === 'string' && n.parentId ? n.parentId : undefined;
    if (parent === containerId) nodes.set(n.id, n);
  }
  const edges: ScopeEdge[] = [];
  const incoming = new Map<string, ScopeEdge[]>();
  const outgoing = new Map<string, ScopeEdge[]>();
  doc.workflow.graph.edges.forEach((e: DslEdge, index) => {
    if (!nodes.has(e.source) || !nodes.has(e.target)) return;
    const edge: ScopeEdge = { index, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? 'source' };
    edges.push(edge);
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target)!).push(edge);
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source)!).push(edge);
  });
  return { nodes, edges, incoming, outgoing };
}

/** Root candidates of the top level: start, triggers, datasource, in node order. */
export function topLevelRoots(scope: GraphScope): DslNode[] {
  return [...scope.nodes.values()].filter((n) => specFor(n.data.type)?.isStart || n.data.type === 'datasource');
}

/** A node whose outgoing edges depend on which handle it chose. */
export function isBranchNode(node: DslNode): boolean {
  const t = node.data.type;
  return t === 'if-else' || t === 'question-classifier' || t === 'human-input' || node.data.error_strategy === 'fail-branch';
}

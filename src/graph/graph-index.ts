/**
 * Read-only lookups over a workflow graph: nodes by id, edges by endpoint, container
 * membership. Built once per question; pure data, safe in the worker, Node and the browser.
 */
import type { DslDocument, DslEdge, DslNode } from '../dsl';

export const NOTE_FLOW_TYPE = 'custom-note';
const START_CHILD_TYPES = new Set(['iteration-start', 'loop-start']);

export interface GraphIndex {
  nodes: DslNode[];
  byId: ReadonlyMap<string, DslNode>;
  incoming: ReadonlyMap<string, DslEdge[]>;
  outgoing: ReadonlyMap<string, DslEdge[]>;
  /** Children of each iteration/loop, by container id. */
  children: ReadonlyMap<string, DslNode[]>;
}

/**
 * The iteration or loop a node sits in. `parentId` decides, as in Dify's editor; real files
 * carry stale `isInIteration`/`iteration_id` flags on top-level nodes, which we keep but ignore.
 */
export function containerOf(node: DslNode): string | undefined {
  return typeof node.parentId === 'string' && node.parentId ? node.parentId : undefined;
}

export function isNote(node: DslNode): boolean {
  return node.type === NOTE_FLOW_TYPE;
}

export function isStartChild(node: DslNode): boolean {
  return START_CHILD_TYPES.has(node.data.type);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexGraph(doc: DslDocument): GraphIndex {
  const nodes = doc.workflow.graph.nodes;
  const byId = new Map<string, DslNode>();
  const incoming = new Map<string, DslEdge[]>();
  const outgoing = new Map<string, DslEdge[]>();
  const children = new Map<string, DslNode[]>();
  for (const n of nodes) {
    byId.set(n.id, n);
    const parent = containerOf(n);
    if (parent) push(children, parent, n);
  }
  for (const e of doc.workflow.graph.edges) {
    push(outgoing, e.source, e);
    push(incoming, e.target, e);
  }
  return { nodes, byId, incoming, outgoing, children };
}

/** Every node with a path to `nodeId`, nearest first (Dify's getBeforeNodesInSameBranch). */
export function upstreamOf(graph: GraphIndex, nodeId: string): DslNode[] {
  const seen = new Set<string>([nodeId]);
  const order: DslNode[] = [];
  let frontier = [nodeId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of graph.incoming.get(id) ?? []) {
        if (seen.has(e.source)) continue;
        seen.add(e.source);
        const n = graph.byId.get(e.source);
        if (n) order.push(n);
        next.push(e.source);
      }
    }
    frontier = next;
  }
  return order;
}

/** Node ids reachable from the roots along edges; reaching a container reaches all its children. */
export function reachableFrom(graph: GraphIndex, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of graph.outgoing.get(id) ?? []) stack.push(e.target);
    for (const child of graph.children.get(id) ?? []) stack.push(child.id);
  }
  return seen;
}

/** True when adding source -> target would close a cycle (target already reaches source). */
export function wouldCycle(graph: GraphIndex, source: string, target: string): boolean {
  if (source === target) return true;
  const seen = new Set<string>();
  const stack = [target];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === source) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of graph.outgoing.get(id) ?? []) stack.push(e.target);
  }
  return false;
}

/**
 * An edge's id as the canvas and every edge command know it: its DSL `id`, or, for the very old
 * files whose edges have none, one built from its ends (the form Dify's ids take).
 */
export function edgeIdOf(edge: DslEdge): string {
  if (typeof edge.id === 'string' && edge.id !== '') return edge.id;
  return `${edge.source}-${edge.sourceHandle ?? 'source'}-${edge.target}-${edge.targetHandle ?? 'target'}`;
}

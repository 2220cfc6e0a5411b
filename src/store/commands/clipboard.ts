/**
 * Copy, paste and duplicate (dify-dsl.md 6.5). A clipboard is plain DSL data: the copied
 * nodes (top ones at absolute positions, outside any container) with their containers'
 * children, and the edges between them. Pasting gives new Dify-style ids and titles.
 */
import type { DslDocument, DslEdge, DslNode, XY } from '../../dsl';
import { isStartChild } from '../../graph/graph-index';
import { specFor } from '../../nodes/specs';
import { edgeBetween } from './connect';
import { freshId, nodeById, refuse, withGraph, type Refusal } from './graph-update';
import { childFlags, CHILD_Z_INDEX, containerKind, placementProblem } from './placement';

export interface Clipboard {
  nodes: DslNode[];
  edges: DslEdge[];
}

export interface PasteOptions {
  /** Where the copied set's top-left corner lands (canvas coordinates). */
  at: XY;
  now?: number;
  /** An iteration or loop to paste into (Dify pastes into the selected container). */
  parentId?: string;
}

const CONTAINER_FLAG_KEYS = ['isInIteration', 'iteration_id', 'isInLoop', 'loop_id'] as const;
const DUPLICATE_OFFSET = { x: 30, y: 30 } as const;

function absolutePosition(node: DslNode, byId: ReadonlyMap<string, DslNode>): XY {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  for (let n: DslNode | undefined = node; n && !seen.has(n.id); n = n.parentId ? byId.get(n.parentId) : undefined) {
    seen.add(n.id);
    x += n.position?.x ?? 0;
    y += n.position?.y ?? 0;
  }
  return { x, y };
}

/** A copied node taken out of its container: absolute position, no container flags. */
function detached(node: DslNode, byId: ReadonlyMap<string, DslNode>): DslNode {
  if (!node.parentId) return node;
  const { parentId: _parent, zIndex: _z, positionAbsolute: _abs, ...rest } = node;
  const data = { ...node.data };
  for (const key of CONTAINER_FLAG_KEYS) delete data[key];
  return { ...rest, position: absolutePosition(node, byId), data };
}

/** The selected nodes minus singletons and container start children, plus containers' contents. */
export function copyNodes(doc: DslDocument, ids: readonly string[]): Clipboard {
  const nodes = doc.workflow.graph.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chosen = new Set(ids.filter((id) => {
    const n = byId.get(id);
    return n !== undefined && !isStartChild(n) && !specFor(n.data.type)?.singleton;
  }));
  const inChosenContainer = (n: DslNode) => n.parentId !== undefined && chosen.has(n.parentId);
  const roots = nodes.filter((n) => chosen.has(n.id) && !inChosenContainer(n));
  const taken = new Set(roots.map((n) => n.id));
  const members: DslNode[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && taken.has(n.parentId) && !taken.has(n.id)) {
        taken.add(n.id);
        members.push(n);
        grew = true;
      }
    }
  }
  return {
    nodes: [...roots.map((n) => detached(n, byId)), ...members],
    edges: doc.workflow.graph.edges.filter((e) => taken.has(e.source) && taken.has(e.target)),
  };
}

/** Dify's pasted title: "Title" -> "Title (1)", "Title (n)" -> "Title (n+1)". */
export function pastedTitle(title: string): string {
  const match = /^(.+?)\s*\((\d+)\)\s*$/.exec(title);
  return match ? `${match[1]} (${Number(match[2]) + 1})` : `${title} (1)`;
}

/** Copied data over the type's defaults, without UI-only state. */
function freshData(doc: DslDocument, node: DslNode): DslNode['data'] {
  const spec = specFor(node.data.type);
  const data: Record<string, unknown> = { ...(spec ? spec.defaults({ appMode: doc.app.mode }) : {}), ...node.data };
  for (const key of Object.keys(data)) if (key.startsWith('_') || key === 'selected') delete data[key];
  return data as DslNode['data'];
}

function mapIds(doc: DslDocument, clip: Clipboard, now: number): Map<string, string> {
  const taken = new Set(doc.workflow.graph.nodes.map((n) => n.id));
  const ids = new Map<string, string>();
  let next = now;
  for (const n of clip.nodes) {
    if (isStartChild(n)) continue;
    const id = freshId(next, taken);
    taken.add(id);
    ids.set(n.id, id);
    next = Number(id) + 1;
  }
  for (const n of clip.nodes) {
    const parent = n.parentId ? ids.get(n.parentId) : undefined;
    if (isStartChild(n) && parent) ids.set(n.id, `${parent}start`);
  }
  return ids;
}

/** Pastes and tells which nodes were created, so the canvas can select them. */
export function pasteWithIds(doc: DslDocument, clip: Clipboard, opts: PasteOptions): { document: DslDocument; ids: string[] } | Refusal {
  const target = opts.parentId !== undefined ? nodeById(doc, opts.parentId) : undefined;
  if (opts.parentId !== undefined && !containerKind(target)) return refuse('Nodes can only be pasted into an iteration or a loop');
  const inClip = new Set(clip.nodes.map((n) => n.id));
  const roots = clip.nodes.filter((n) => !n.parentId || !inClip.has(n.parentId));
  if (roots.length === 0) return refuse('There is nothing to paste');
  const clipById = new Map(clip.nodes.map((n) => [n.id, n]));
  const parentOfRoot = (n: DslNode) => (target && !containerKind(n) && specFor(n.data.type) ? target : undefined);
  for (const n of clip.nodes) {
    if (!specFor(n.data.type) || isStartChild(n)) continue;
    const parent = inClip.has(n.parentId ?? '') ? clipById.get(n.parentId!) : roots.includes(n) ? parentOfRoot(n) : undefined;
    const problem = placementProblem(doc, n.data.type, parent);
    if (problem) return refuse(`Cannot paste: ${problem}`);
  }
  const ids = mapIds(doc, clip, opts.now ?? Date.now());
  const left = Math.min(...roots.map((n) => n.position?.x ?? 0));
  const top = Math.min(...roots.map((n) => n.position?.y ?? 0));
  const targetAt = target ? absolutePosition(target, new Map(doc.workflow.graph.nodes.map((n) => [n.id, n]))) : { x: 0, y: 0 };
  const pasted: DslNode[] = [];
  for (const n of clip.nodes) {
    const id = ids.get(n.id);
    if (!id) continue;
    const { selected: _s, dragging: _d, positionAbsolute: _a, ...rest } = n;
    const data = freshData(doc, n);
    if (!isStartChild(n) && typeof data.title === 'string') data.title = pastedTitle(data.title);
    if (containerKind(n)) data.start_node_id = `${id}start`;
    const node: DslNode = { ...rest, id, data };
    const clipParent = n.parentId && inClip.has(n.parentId) ? clipById.get(n.parentId) : undefined;
    const parent = clipParent ? { ...clipParent, id: ids.get(clipParent.id)! } : roots.includes(n) ? parentOfRoot(n) : undefined;
    if (roots.includes(n)) {
      const p = n.position ?? { x: 0, y: 0 };
      node.position = { x: p.x - left + opts.at.x - (parent ? targetAt.x : 0), y: p.y - top + opts.at.y - (parent ? targetAt.y : 0) };
    }
    if (parent) {
      node.parentId = parent.id;
      node.zIndex = CHILD_Z_INDEX;
      Object.assign(data, isStartChild(n) ? {} : childFlags(parent));
      if (isStartChild(n)) Object.assign(data, containerKind(parent) === 'loop' ? { isInLoop: true } : { isInIteration: true });
    }
    pasted.push(node);
  }
  const withNodes = withGraph(doc, { nodes: [...doc.workflow.graph.nodes, ...pasted] });
  const edges: DslEdge[] = [];
  for (const e of clip.edges) {
    const source = nodeById(withNodes, ids.get(e.source) ?? '');
    const targetNode = nodeById(withNodes, ids.get(e.target) ?? '');
    if (!source || !targetNode || source.parentId !== targetNode.parentId) continue;
    edges.push(edgeBetween(withNodes, source, e.sourceHandle ?? 'source', targetNode, e.targetHandle ?? 'target'));
  }
  return { document: withGraph(withNodes, { edges: [...doc.workflow.graph.edges, ...edges] }), ids: pasted.map((n) => n.id) };
}

export function pasteNodes(doc: DslDocument, clip: Clipboard, opts: PasteOptions): DslDocument | Refusal {
  const result = pasteWithIds(doc, clip, opts);
  return 'document' in result ? result.document : result;
}

/** Copy then paste next to the originals (inside the same container when they share one). */
export function duplicateNodes(doc: DslDocument, ids: readonly string[], opts: { now?: number } = {}): DslDocument | Refusal {
  const clip = copyNodes(doc, ids);
  const inClip = new Set(clip.nodes.map((n) => n.id));
  const roots = clip.nodes.filter((n) => !n.parentId || !inClip.has(n.parentId));
  if (roots.length === 0) return refuse('There is nothing to duplicate');
  const originals = roots.map((n) => nodeById(doc, n.id));
  const parents = new Set(originals.map((n) => n?.parentId));
  const parentId = parents.size === 1 ? [...parents][0] : undefined;
  const at = {
    x: Math.min(...roots.map((n) => n.position?.x ?? 0)) + DUPLICATE_OFFSET.x,
    y: Math.min(...roots.map((n) => n.position?.y ?? 0)) + DUPLICATE_OFFSET.y,
  };
  return pasteNodes(doc, clip, { at, now: opts.now, ...(parentId ? { parentId } : {}) });
}

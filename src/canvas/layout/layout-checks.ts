/** Geometry checks shared by the auto-layout tests (test support only). */
import type { DslDocument, DslNode } from '../../dsl';
import { sourceHandlesOf } from '../../nodes/handles';
import { measuredSize } from './auto-layout';
import { BRANCH_TYPES, CONTAINER_PADDING } from './layout-options';

export interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const EPSILON = 0.5;

export function rectOf(node: DslNode): Rect {
  return { id: node.id, x: node.position?.x ?? 0, y: node.position?.y ?? 0, ...measuredSize(node) };
}

export function overlapping(rects: readonly Rect[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!, b = rects[j]!;
      const apart = a.x + a.width <= b.x + EPSILON || b.x + b.width <= a.x + EPSILON || a.y + a.height <= b.y + EPSILON || b.y + b.height <= a.y + EPSILON;
      if (!apart) out.push([a.id, b.id]);
    }
  }
  return out;
}

export const topLevelBlocks = (doc: DslDocument) => doc.workflow.graph.nodes.filter((n) => !n.parentId && n.type === 'custom');

export function topLevelEdges(doc: DslDocument) {
  const ids = new Set(topLevelBlocks(doc).map((n) => n.id));
  return doc.workflow.graph.edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
}

export function isAcyclic(doc: DslDocument): boolean {
  const next = new Map<string, string[]>();
  for (const e of topLevelEdges(doc)) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return true;
    if (state.get(id) === 'open') return false;
    state.set(id, 'open');
    const ok = (next.get(id) ?? []).every(visit);
    state.set(id, 'done');
    return ok;
  };
  return [...next.keys()].every(visit);
}

/** Edges drawn right to left or overlapping in x: `source -> target` labels. */
export function backwardEdges(doc: DslDocument): string[] {
  const byId = new Map(topLevelBlocks(doc).map((n) => [n.id, rectOf(n)]));
  return topLevelEdges(doc)
    .filter((e) => { const s = byId.get(e.source)!, t = byId.get(e.target)!; return s.x + s.width > t.x + EPSILON; })
    .map((e) => `${e.source} -> ${e.target}`);
}

/**
 * For each top-level branch node and each layer (x) its targets sit in: the targets that only
 * this node's one handle leads to, in handle order, with their centre y. Targets shared with
 * another handle or another node (joins) are left out: ELK weighs their other edges too.
 */
export function branchTargets(doc: DslDocument): { node: string; targets: { handle: string; centreY: number }[] }[] {
  const blocks = topLevelBlocks(doc);
  const byId = new Map(blocks.map((n) => [n.id, rectOf(n)]));
  const edges = topLevelEdges(doc);
  const out = [];
  for (const node of blocks.filter((n) => BRANCH_TYPES.has(n.data.type))) {
    const mine = edges.filter((e) => e.source === node.id);
    const handlesOfTarget = new Map<string, Set<string>>();
    for (const e of edges.filter((x) => mine.some((m) => m.target === x.target))) {
      handlesOfTarget.set(e.target, (handlesOfTarget.get(e.target) ?? new Set()).add(`${e.source}/${e.sourceHandle ?? 'source'}`));
    }
    const layers = new Map<number, { handle: string; centreY: number }[]>();
    for (const handle of sourceHandlesOf(node).map((h) => h.id)) {
      const hits = mine.filter((e) => (e.sourceHandle ?? 'source') === handle && handlesOfTarget.get(e.target)!.size === 1);
      if (hits.length !== 1) continue;
      const r = byId.get(hits[0]!.target)!;
      const layer = Math.round(r.x);
      layers.set(layer, [...(layers.get(layer) ?? []), { handle, centreY: r.y + r.height / 2 }]);
    }
    for (const targets of layers.values()) if (targets.length >= 2) out.push({ node: node.id, targets });
  }
  return out;
}

/** Children outside their container's padding box, as `child in container` labels. */
export function childrenOutsidePadding(doc: DslDocument): string[] {
  const nodes = doc.workflow.graph.nodes;
  const out: string[] = [];
  for (const container of topLevelBlocks(doc).filter((n) => n.data.type === 'iteration' || n.data.type === 'loop')) {
    const size = measuredSize(container);
    for (const child of nodes.filter((n) => n.parentId === container.id && n.type !== 'custom-note')) {
      const r = rectOf(child);
      const inside = r.x >= CONTAINER_PADDING - EPSILON && r.y >= CONTAINER_PADDING - EPSILON
        && r.x + r.width <= size.width - CONTAINER_PADDING + EPSILON && r.y + r.height <= size.height - CONTAINER_PADDING + EPSILON;
      if (!inside) out.push(`${child.id} in ${container.id}`);
    }
  }
  return out;
}

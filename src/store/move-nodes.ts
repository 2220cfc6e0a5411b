/**
 * Moving nodes on the canvas: new `position`s (relative to the parent, as in the DSL), and the
 * persisted `positionAbsolute` kept true for the moved nodes and everything inside them.
 * Nodes that do not move keep their identity, so memoized cards do not re-render.
 */
import type { DslNode, XY } from '../dsl';

export interface NodeMove {
  id: string;
  position: XY;
}

function absoluteOf(id: string, byId: ReadonlyMap<string, DslNode>, seen: Set<string> = new Set()): XY {
  const node = byId.get(id);
  if (!node || seen.has(id)) return { x: 0, y: 0 };
  seen.add(id);
  const own = node.position ?? { x: 0, y: 0 };
  if (!node.parentId) return { x: own.x, y: own.y };
  const parent = absoluteOf(node.parentId, byId, seen);
  return { x: parent.x + own.x, y: parent.y + own.y };
}

/** Ids of the moved nodes and of every node nested in them, at any depth. */
function affectedIds(nodes: readonly DslNode[], moved: ReadonlySet<string>): Set<string> {
  const affected = new Set(moved);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && affected.has(n.parentId) && !affected.has(n.id)) {
        affected.add(n.id);
        grew = true;
      }
    }
  }
  return affected;
}

export function moveNodes(nodes: readonly DslNode[], moves: readonly NodeMove[]): DslNode[] {
  if (moves.length === 0) return [...nodes];
  const target = new Map(moves.map((m) => [m.id, m.position]));
  const placed = nodes.map((n) => {
    const position = target.get(n.id);
    return position ? { ...n, position: { x: position.x, y: position.y } } : n;
  });
  const byId = new Map(placed.map((n) => [n.id, n]));
  const affected = affectedIds(placed, new Set(target.keys()));
  return placed.map((n) => {
    if (!affected.has(n.id) || !n.positionAbsolute) return n;
    return { ...n, positionAbsolute: absoluteOf(n.id, byId) };
  });
}

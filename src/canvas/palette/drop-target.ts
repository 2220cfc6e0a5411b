/**
 * Where a block dropped on the canvas goes: into the iteration or loop under the pointer
 * (position relative to it, kept inside Dify's padding, 3.5) or at top level.
 */
import type { DslNode, XY } from '../../dsl';
import { specFor } from '../../nodes/specs';
import { storedSize } from '../../store/commands/container-fit';

/** The pointer lands on the new card's header, not on its corner. */
export const DROP_GRAB = { x: 24, y: 20 } as const;
/** Dify keeps children this far inside a container's top and left borders. */
export const CONTAINER_INNER = { top: 65, left: 16 } as const;

export interface DropPlacement {
  position: XY;
  parentId?: string;
}

/** The top-level container whose box holds `point` (the last drawn wins), if any. */
export function containerAt(nodes: readonly DslNode[], point: XY): DslNode | undefined {
  let found: DslNode | undefined;
  for (const n of nodes) {
    if (n.parentId || !specFor(n.data.type)?.container || !n.position) continue;
    const { width, height } = storedSize(n);
    const inside = point.x >= n.position.x && point.x <= n.position.x + width && point.y >= n.position.y && point.y <= n.position.y + height;
    if (inside) found = n;
  }
  return found;
}

export function dropPlacement(nodes: readonly DslNode[], point: XY): DropPlacement {
  const corner = { x: point.x - DROP_GRAB.x, y: point.y - DROP_GRAB.y };
  const container = containerAt(nodes, point);
  if (!container?.position) return { position: corner };
  return {
    parentId: container.id,
    position: {
      x: Math.max(CONTAINER_INNER.left, corner.x - container.position.x),
      y: Math.max(CONTAINER_INNER.top, corner.y - container.position.y),
    },
  };
}

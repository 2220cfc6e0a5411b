/** Where a clicked palette block goes: the wanted spot, nudged until it does not sit on another top-level card. */
import type { DslNode, XY } from '../../dsl';

/** Closer than this (both ways) to another card's corner counts as on top of it. */
const TOO_CLOSE = 24;
export const NUDGE = { x: 40, y: 40 } as const;
const MAX_NUDGES = 100;

export function freeSpot(nodes: readonly DslNode[], wanted: XY): XY {
  const corners = nodes.filter((n) => !n.parentId && n.position).map((n) => n.position!);
  const taken = (p: XY) => corners.some((c) => Math.abs(c.x - p.x) < TOO_CLOSE && Math.abs(c.y - p.y) < TOO_CLOSE);
  let spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  for (let i = 0; i < MAX_NUDGES && taken(spot); i++) spot = { x: spot.x + NUDGE.x, y: spot.y + NUDGE.y };
  return spot;
}

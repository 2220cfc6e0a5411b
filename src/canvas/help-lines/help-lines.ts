/**
 * Help lines while dragging (dify-dsl.md 6.9): when the dragged node's left, centre or right lines
 * up with another node's within 5 px, a vertical guide is shown there and the node snaps onto it;
 * likewise top, middle and bottom for a horizontal guide. Pure: boxes in, snapped position out.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HelpLines {
  /** Where the dragged node goes: its own position, moved onto the guides found. */
  position: { x: number; y: number };
  /** The x of the vertical guide, in the same coordinates as the boxes. */
  vertical?: number;
  /** The y of the horizontal guide. */
  horizontal?: number;
}

export const SNAP_DISTANCE = 5;

/** Start, middle and end of a box along one axis. */
const lines = (start: number, length: number) => [start, start + length / 2, start + length];

/** The closest pair of lines within `threshold`: the offset that aligns them and the guide's place. */
function closest(own: number[], others: readonly number[][], threshold: number): { offset: number; at: number } | undefined {
  let best: { offset: number; at: number } | undefined;
  for (const theirs of others) {
    for (const line of theirs) {
      for (const mine of own) {
        const offset = line - mine;
        if (Math.abs(offset) <= threshold && (!best || Math.abs(offset) < Math.abs(best.offset))) best = { offset, at: line };
      }
    }
  }
  return best;
}

export function helpLinesFor(dragged: Box, others: readonly Box[], threshold = SNAP_DISTANCE): HelpLines {
  const x = closest(lines(dragged.x, dragged.width), others.map((o) => lines(o.x, o.width)), threshold);
  const y = closest(lines(dragged.y, dragged.height), others.map((o) => lines(o.y, o.height)), threshold);
  const result: HelpLines = { position: { x: dragged.x + (x?.offset ?? 0), y: dragged.y + (y?.offset ?? 0) } };
  if (x) result.vertical = x.at;
  if (y) result.horizontal = y.at;
  return result;
}

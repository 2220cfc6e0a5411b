/** The graph both benchmark pages show, and small helpers they share. */
export const BENCH_NODES = 1000;
/** A block in the first column, on screen at the opening viewport. */
export const DRAG_NODE = String(1_700_000_000_000 + 2);

/** Waits a few frames so that the previous step's rendering is done. */
export async function settle(frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) await new Promise((done) => requestAnimationFrame(done));
}

/** How many node elements intersect the window. */
export function onScreenNodes(): number {
  let count = 0;
  for (const el of document.querySelectorAll('.react-flow__node')) {
    const r = el.getBoundingClientRect();
    if (r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight) count++;
  }
  return count;
}

/**
 * What the editor benchmark measures in the page, the same way for the app and for the bare React
 * Flow page: when a graph is fully on screen, frame times while panning, and while dragging a node.
 */

export interface FrameTimes {
  /** Intervals between consecutive animation frames, in ms. */
  intervals: number[];
}

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));

/**
 * Resolves with `performance.now()` once `nodes` node elements are in the DOM and measured (React
 * Flow hides a node until it knows its size), `edges` edge elements are drawn, and the frame
 * showing them has been painted (a task queued from that frame's callback runs after its paint).
 * With `visibleOnly` (a canvas that renders only the elements in view), the DOM never holds them
 * all: then it is the first frame from which the nodes in the DOM are all measured, edges are
 * drawn, and both counts stay the same for STABLE_FRAMES frames (the time is that first frame's).
 */
export function whenGraphRendered(nodes: number, edges: number, { timeoutMs = 30_000, visibleOnly = false } = {}): Promise<number> {
  const started = performance.now();
  let stable: { since: number; frames: number; key: string } | undefined;
  return new Promise((resolve, reject) => {
    const check = () => {
      const nodeEls = document.querySelectorAll<HTMLElement>('.react-flow__node');
      const measured = nodeEls.length > 0 && [...nodeEls].every((el) => el.style.visibility !== 'hidden');
      const edgeCount = document.querySelectorAll('.react-flow__edge').length;
      if (measured && nodeEls.length >= nodes && edgeCount >= edges) {
        setTimeout(() => resolve(performance.now()), 0);
        return;
      }
      if (visibleOnly && measured && edgeCount > 0) {
        const key = `${nodeEls.length}/${edgeCount}`;
        stable = stable?.key === key ? { ...stable, frames: stable.frames + 1 } : { since: performance.now(), frames: 1, key };
        if (stable.frames >= STABLE_FRAMES) {
          const since = stable.since;
          setTimeout(() => resolve(since), 0);
          return;
        }
      } else stable = undefined;
      if (performance.now() - started > timeoutMs) {
        reject(new Error(`graph not rendered after ${timeoutMs} ms: ${nodeEls.length}/${nodes} nodes, ${edgeCount}/${edges} edges`));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const STABLE_FRAMES = 3;

export interface ViewportLike {
  x: number;
  y: number;
  zoom: number;
}

/** Pans by `step` px each animation frame for `frames` frames through `setViewport`. */
export async function panFrames(setViewport: (v: ViewportLike) => void, from: ViewportLike, frames: number, step = 6): Promise<FrameTimes> {
  const stamps: number[] = [await nextFrame()];
  for (let i = 1; i <= frames; i++) {
    setViewport({ x: from.x - i * step, y: from.y - (i * step) / 3, zoom: from.zoom });
    stamps.push(await nextFrame());
  }
  setViewport(from);
  return { intervals: stamps.slice(1).map((t, i) => t - stamps[i]!) };
}

const mouse = (type: string, x: number, y: number, buttons: number) =>
  new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons });

/**
 * Drags the node with DSL id `nodeId` (dx, dy) screen px per frame for `frames` frames, out and
 * back, so it ends where it started: real mouse events on the node's element, which React Flow's
 * drag handler turns into node changes. `atTurn` runs at the far point.
 */
export async function dragFrames(nodeId: string, frames: number, atTurn: () => void = () => undefined, dx = 3, dy = 1): Promise<FrameTimes> {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`);
  if (!el) throw new Error(`no node ${nodeId} to drag`);
  const box = el.getBoundingClientRect();
  const x = box.left + Math.min(40, box.width / 2);
  const y = box.top + Math.min(20, box.height / 2);
  const target = document.elementFromPoint(x, y) ?? el;
  target.dispatchEvent(mouse('mousedown', x, y, 1));
  const stamps: number[] = [await nextFrame()];
  const half = Math.floor(frames / 2);
  for (let i = 1; i <= frames; i++) {
    const out = i <= half ? i : 2 * half - i;
    window.dispatchEvent(mouse('mousemove', x + out * dx, y + out * dy, 1));
    stamps.push(await nextFrame());
    if (i === half) atTurn();
  }
  window.dispatchEvent(mouse('mouseup', x, y, 0));
  await nextFrame();
  return { intervals: stamps.slice(1).map((t, i) => t - stamps[i]!) };
}

/** The node's on-screen position, to check that a drag really moved it. */
export function screenPositionOf(nodeId: string): { x: number; y: number } {
  const box = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)?.getBoundingClientRect();
  return { x: box?.left ?? NaN, y: box?.top ?? NaN };
}

/**
 * Above this many nodes the canvas renders only the nodes and edges in view (React Flow's
 * `onlyRenderVisibleElements`): panning a 1,000-node graph then styles, paints and hit-tests the
 * few dozen cards on screen instead of all of them. Smaller graphs, every corpus file among them,
 * keep every node in the DOM, where mounting cards while panning would cost more than it saves.
 */
export const RENDER_VISIBLE_ONLY_ABOVE = 500;

export const rendersVisibleOnly = (nodeCount: number) => nodeCount > RENDER_VISIBLE_ONLY_ABOVE;

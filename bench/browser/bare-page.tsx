/**
 * The editor benchmark's baseline: a bare React Flow page with the same graph as the app page (same
 * node ids, positions, sizes, parents and edges) as plain default nodes, no store, no cards. It
 * carries the same React Flow parts the app shows (dots background, controls, minimap), so the
 * ratio measures what Flowpad adds on top of React Flow.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Background, BackgroundVariant, Controls, MiniMap, Position, ReactFlow, useNodesState, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateWorkflow } from '../generate-workflow';
import { dragFrames, panFrames, screenPositionOf, whenGraphRendered, type ViewportLike } from './graph-probe';
import { BENCH_NODES, DRAG_NODE, onScreenNodes, settle } from './bench-graph';
import type { BenchApi } from './bench-api';

const graph = generateWorkflow(BENCH_NODES).workflow.graph;
const initialNodes: Node[] = graph.nodes.map((n) => ({
  id: n.id,
  position: { x: n.position!.x, y: n.position!.y },
  data: { label: String(n.data.title ?? '') },
  width: n.width,
  height: n.height,
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
  ...(n.parentId ? { parentId: n.parentId } : {}),
  ...(typeof n.zIndex === 'number' ? { zIndex: n.zIndex } : {}),
}));
// Default nodes have one source and one target handle: every edge uses them.
const edges: Edge[] = graph.edges.map((e) => ({ id: e.id!, source: e.source, target: e.target }));

let flow: ReactFlowInstance | undefined;

function BareFlow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [viewport] = useState({ x: 0, y: 0, zoom: 0.7 });
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} defaultViewport={viewport} minZoom={0.25} maxZoom={2} onInit={(instance) => (flow = instance)}>
        <Background variant={BackgroundVariant.Dots} gap={14} size={2} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable style={{ width: 102, height: 72 }} />
      </ReactFlow>
    </div>
  );
}

function api(): BenchApi {
  if (!flow) throw new Error('React Flow did not initialise');
  const instance = flow;
  const setViewport = (v: ViewportLike) => void instance.setViewport(v);
  return {
    async pan(from, frames) {
      setViewport(from);
      await settle();
      const times = await panFrames(setViewport, from, frames);
      return { ...times, onScreen: onScreenNodes() };
    },
    async drag(frames) {
      setViewport({ x: 0, y: 0, zoom: 0.7 });
      await settle();
      const before = screenPositionOf(DRAG_NODE);
      let turn = before;
      const times = await dragFrames(DRAG_NODE, frames, () => (turn = screenPositionOf(DRAG_NODE)));
      return { ...times, screenMovedBy: { x: turn.x - before.x, y: turn.y - before.y } };
    },
  };
}

async function main() {
  document.body.style.margin = '0';
  const rendered = whenGraphRendered(BENCH_NODES, edges.length);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BareFlow />
    </StrictMode>,
  );
  const openMs = await rendered;
  window.benchApi = api();
  return { openMs };
}

main().then(
  (result) => {
    window.benchResult = result;
  },
  (e: unknown) => {
    window.benchResult = { error: e instanceof Error ? e.message : String(e) };
  },
);

/** The workflow canvas: React Flow rendering the open document. Edits go to the store. */
import { useCallback, useRef } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, type Connection, type NodeChange, type NodeTypes } from '@xyflow/react';
import { documentStore, useDocumentStore } from '../store/document-store';
import { GenericNodeCard } from './GenericNodeCard';
import type { FlowNode, RendererKey } from './to-flow';
import { sortNodeChanges, type MeasuredSize } from './node-changes';
import { useFlowGraph } from './use-flow-graph';
import { CanvasToolbar } from './CanvasToolbar';
import { connectNodes } from './canvas-actions';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { connectionProblem } from '../store/commands';

/** At module scope, so React Flow never sees a new object (dify-dsl.md 3.4 for the keys). */
const nodeTypes: Record<RendererKey, NodeTypes[string]> = {
  block: GenericNodeCard,
  note: GenericNodeCard,
  simple: GenericNodeCard,
  'container-start': GenericNodeCard,
  'canvas-only': GenericNodeCard,
};

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 2;

/** Moves and selection go to the document store; measured sizes stay on the canvas. */
function applyNodeChanges(changes: readonly NodeChange<FlowNode>[], recordSizes: (sizes: readonly MeasuredSize[]) => void): void {
  const state = documentStore.getState();
  const { moves, sizes, selection } = sortNodeChanges(changes, state.selectedNodeIds);
  if (moves.length > 0) state.moveNodes(moves);
  if (selection) state.selectNodes(selection);
  if (sizes.length > 0) recordSizes(sizes);
}

const onConnect = (c: Connection) => void connectNodes(c);
const isValidConnection = (c: Connection | { source: string; target: string; sourceHandle?: string | null; targetHandle?: string | null }) =>
  connectionProblem(documentStore.getState().document, { source: c.source, target: c.target, sourceHandle: c.sourceHandle ?? 'source', targetHandle: c.targetHandle ?? 'target' }) === undefined;
const onDragStart = () => documentStore.getState().beginGesture();
const onDragStop = () => documentStore.getState().endGesture('Node moved');

export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

function CanvasView() {
  const container = useRef<HTMLDivElement>(null);
  useCanvasShortcuts(container);
  const { nodes, edges, recordSizes } = useFlowGraph();
  const viewport = useDocumentStore((s) => s.document.workflow.graph.viewport);
  // Another tab is the writer: nodes stay selectable for inspection, nothing moves or connects.
  const editable = useDocumentStore((s) => s.editLock === undefined);
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => applyNodeChanges(changes, recordSizes), [recordSizes]);

  return (
    <div ref={container} data-testid="canvas" className="h-full w-full">
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        defaultViewport={{ x: viewport?.x ?? 0, y: viewport?.y ?? 0, zoom: viewport?.zoom ?? 1 }}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        deleteKeyCode={null}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        nodesDraggable={editable}
        nodesConnectable={editable}
        edgesReconnectable={editable}
        onNodeDragStart={onDragStart}
        onNodeDragStop={onDragStop}
      >
        <CanvasToolbar />
        <Background variant={BackgroundVariant.Dots} gap={14} size={2} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable style={{ width: 102, height: 72 }} />
      </ReactFlow>
    </div>
  );
}

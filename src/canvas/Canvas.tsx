/** The workflow canvas: React Flow rendering the open document. Edits go to the store. */
import { useCallback, useMemo, useRef } from 'react';
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow,
  type Connection, type Edge, type EdgeChange, type EdgeTypes, type NodeChange, type NodeTypes,
} from '@xyflow/react';
import { documentStore, useDocumentStore } from '../store/document-store';
import { BlockCard } from './card/BlockCard';
import { CanvasOnlyCard } from './card/CanvasOnlyCard';
import { ContainerStartCard } from './card/ContainerStartCard';
import { SimpleCard } from './card/SimpleCard';
import { NoteCard } from '../nodes/note/NoteCard';
import type { FlowEdge, FlowNode, RendererKey } from './to-flow';
import { sortNodeChanges, type MeasuredSize } from './node-changes';
import { useFlowGraph } from './use-flow-graph';
import { rendersVisibleOnly } from './visible-elements';
import { CanvasToolbar } from './CanvasToolbar';
import { connectNodes, report } from './canvas-actions';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { usePaneInteraction } from './interaction-mode';
import { useHelpLines } from './help-lines/use-help-lines';
import { HelpLinesOverlay } from './help-lines/HelpLinesOverlay';
import { connectionProblem, reconnect, reconnectProblem } from '../store/commands';
import { AddableEdge } from './edges/AddableEdge';
import { nodeHoverEnded, nodeHoverStarted } from './handles/add-button-visibility';
import { edgeSelection, useSelectedEdgeIds } from './edges/edge-selection';
import { useEdgeDelete } from './edges/use-edge-delete';
import { BlockPalette } from './palette/BlockPalette';
import { useCanvasMaximized } from './canvas-maximize';
import { useVariableHighlight } from './variable-highlight';
import { BlockSelectorPopover } from './palette/BlockSelectorPopover';
import { BLOCK_DRAG_MIME } from './palette/BlockList';
import { addBlockAt } from './palette/add-block';
import { saveViewportOnMoveEnd } from '../persistence/viewport-draft';

/** At module scope, so React Flow never sees a new object (dify-dsl.md 3.4 for the keys). */
const nodeTypes: Record<RendererKey, NodeTypes[string]> = {
  block: BlockCard,
  note: NoteCard,
  simple: SimpleCard,
  'container-start': ContainerStartCard,
  'canvas-only': CanvasOnlyCard,
};

/** Every edge, whatever its `type`, is drawn as Dify's edge with the "+" that inserts a block. */
const edgeTypes: EdgeTypes = { default: AddableEdge };

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

type ConnectionLike = Connection | { source: string; target: string; sourceHandle?: string | null; targetHandle?: string | null };
const connectArgs = (c: ConnectionLike) => ({ source: c.source, target: c.target, sourceHandle: c.sourceHandle ?? 'source', targetHandle: c.targetHandle ?? 'target' });

/** The edge whose end is being dragged to another handle, judged as if it were already gone. */
let reconnecting: string | undefined;
const onConnect = (c: Connection) => void connectNodes(c);
const isValidConnection = (c: ConnectionLike) => {
  const doc = documentStore.getState().document;
  if (reconnecting !== undefined) return reconnectProblem(doc, { edgeId: reconnecting, ...connectArgs(c) }) === undefined;
  return connectionProblem(doc, connectArgs(c)) === undefined;
};
const onReconnectStart = (_: unknown, edge: Edge) => {
  reconnecting = edge.id;
};
const onReconnectEnd = () => {
  reconnecting = undefined;
};
const onReconnect = (old: Edge, c: Connection) =>
  void report(documentStore.getState().apply('Connection moved', (doc) => reconnect(doc, { edgeId: old.id, ...connectArgs(c) })));
const onEdgesChange = (changes: EdgeChange<FlowEdge>[]) => edgeSelection.getState().apply(changes);

/** Palette drags carry our MIME type; anything else (files) is left to other drop handlers. */
const onBlockDragOver = (e: React.DragEvent) => {
  if (!e.dataTransfer.types.includes(BLOCK_DRAG_MIME)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
};

const onNodeMouseEnter = (_: unknown, node: FlowNode) => nodeHoverStarted(node.id);
const onNodeMouseLeave = (_: unknown, node: FlowNode) => nodeHoverEnded(node.id);

const onDragStart = () => documentStore.getState().beginGesture();
const onDragStop = () => documentStore.getState().endGesture('Node moved');

/** The flow edges with React Flow's `selected` set from the edge selection. */
function useSelectedEdges(edges: FlowEdge[]): FlowEdge[] {
  const selected = useSelectedEdgeIds();
  return useMemo(() => {
    if (selected.length === 0) return edges;
    const ids = new Set(selected);
    return edges.map((e) => (ids.has(e.id) ? { ...e, selected: true } : e));
  }, [edges, selected]);
}

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
  useEdgeDelete();
  const { nodes: graphNodes, edges: flowEdges, recordSizes } = useFlowGraph();
  const paneInteraction = usePaneInteraction();
  const { nodes, edges } = useVariableHighlight(graphNodes, useSelectedEdges(flowEdges));
  const viewport = useDocumentStore((s) => s.document.workflow.graph.viewport);
  // Another tab is the writer: nodes stay selectable for inspection, nothing moves or connects.
  const editable = useDocumentStore((s) => s.editLock === undefined);
  const maximized = useCanvasMaximized();
  const snapToHelpLines = useHelpLines();
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => applyNodeChanges(snapToHelpLines(changes), recordSizes), [recordSizes, snapToHelpLines]);
  const flow = useReactFlow();
  const onBlockDrop = useCallback((e: React.DragEvent) => {
    const type = e.dataTransfer.getData(BLOCK_DRAG_MIME);
    if (!type) return;
    e.preventDefault();
    addBlockAt(type, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, [flow]);

  return (
    // The test id spans palette and flow: "the canvas" is the whole editing area below the header.
    <div data-testid="canvas" className={`flex h-full w-full ${editable ? '' : 'canvas-read-only'}`}>
      {editable && !maximized && <BlockPalette canvas={container} />}
      <div ref={container} className="h-full min-w-0 flex-1">
        <ReactFlow<FlowNode>
          {...paneInteraction}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onlyRenderVisibleElements={rendersVisibleOnly(nodes.length)}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onReconnect={onReconnect}
          onReconnectStart={onReconnectStart}
          onReconnectEnd={onReconnectEnd}
          onDragOver={onBlockDragOver}
          onDrop={onBlockDrop}
          defaultViewport={{ x: viewport?.x ?? 0, y: viewport?.y ?? 0, zoom: viewport?.zoom ?? 1 }}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          deleteKeyCode={null}
          // A selected card is not lifted: an edge takes its ends' level, so a lifted child would
          // lift its edges over its sibling's card and that card's "+" buttons.
          elevateNodesOnSelect={false}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          nodesDraggable={editable}
          nodesConnectable={editable}
          edgesReconnectable={editable}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onNodeMouseLeave}
          onNodeDragStart={onDragStart}
          onNodeDragStop={onDragStop}
          onMoveEnd={saveViewportOnMoveEnd}
        >
          <CanvasToolbar />
          <HelpLinesOverlay />
          <Background variant={BackgroundVariant.Dots} gap={14} size={2} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable style={{ width: 102, height: 72 }} />
        </ReactFlow>
      </div>
      <BlockSelectorPopover />
    </div>
  );
}

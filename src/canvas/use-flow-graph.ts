/**
 * The canvas's React Flow nodes and edges, derived from the open document with narrow
 * selectors, plus the sizes React Flow measured (canvas state, never written to the document).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useDocumentStore } from '../store/document-store';
import { sourceHandlesByNode, toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode, type FlowNodeCache, type Size } from './to-flow';
import type { MeasuredSize } from './node-changes';
import type { DslNode } from '../dsl';

/**
 * The node ids as a set that stays the same object while no node is added or removed: a move
 * then keeps the edge array as it was, and React Flow does not redo its 1,000 edges every frame.
 */
function useNodeIds(nodes: readonly DslNode[]): ReadonlySet<string> {
  const last = useRef<ReadonlySet<string>>(new Set());
  return useMemo(() => {
    const previous = last.current;
    if (previous.size === nodes.length && nodes.every((n) => previous.has(n.id))) return previous;
    return (last.current = new Set(nodes.map((n) => n.id)));
  }, [nodes]);
}

export function useFlowGraph(): { nodes: FlowNode[]; edges: FlowEdge[]; recordSizes: (sizes: readonly MeasuredSize[]) => void } {
  const dslNodes = useDocumentStore((s) => s.document.workflow.graph.nodes);
  const dslEdges = useDocumentStore((s) => s.document.workflow.graph.edges);
  const selectedIds = useDocumentStore((s) => s.selectedNodeIds);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const cache = useRef<FlowNodeCache | undefined>(undefined);

  // Per edge list and per selection, not per frame: a drag changes only the nodes.
  const handles = useMemo(() => sourceHandlesByNode(dslEdges), [dslEdges]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const nodes = useMemo(() => {
    const result = toFlowNodes({ nodes: dslNodes, edges: dslEdges }, { selected, measured, previous: cache.current, handles });
    cache.current = result.cache;
    return result.nodes;
  }, [dslNodes, dslEdges, selected, measured, handles]);

  const nodeIds = useNodeIds(dslNodes);
  const edges = useMemo(() => toFlowEdges(dslEdges, nodeIds), [dslEdges, nodeIds]);

  const recordSizes = useCallback((sizes: readonly MeasuredSize[]) => {
    setMeasured((current) => {
      const changed = sizes.filter((s) => current.get(s.id)?.width !== s.width || current.get(s.id)?.height !== s.height);
      if (changed.length === 0) return current;
      const next = new Map(current);
      for (const s of changed) next.set(s.id, { width: s.width, height: s.height });
      return next;
    });
  }, []);

  return { nodes, edges, recordSizes };
}

/**
 * Holding Shift with one block selected (dify-dsl.md 6.6): blocks unrelated to it are dimmed,
 * and temporary animated edges run from the blocks it reads variables from to it, and from it
 * to the blocks that read its outputs. Released on key-up (or when the window loses focus).
 * A view over the document: nothing is written.
 */
import { useEffect, useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import { documentStore } from '../store/document-store';
import { isEditableTarget } from '../store/use-history-shortcuts';
import { variableLinks, type VariableLinks } from '../variables/variable-links';
import type { FlowEdge, FlowNode } from './to-flow';

interface Focus extends VariableLinks {
  nodeId: string;
}

export const variableHighlight = createStore<{ focus?: Focus }>()(() => ({}));

export const DIMMED_CLASS = 'variable-dimmed opacity-25';
const LINK_STYLE = { stroke: '#2563eb', strokeWidth: 2, strokeDasharray: '6 4' };

/** The nodes and edges to draw while Shift is held: unrelated nodes dimmed, links added. */
export function highlighted(nodes: FlowNode[], edges: FlowEdge[], focus: Focus | undefined): { nodes: FlowNode[]; edges: FlowEdge[] } {
  if (!focus) return { nodes, edges };
  const related = new Set([focus.nodeId, ...focus.dependencies, ...focus.dependents]);
  const link = (source: string, target: string): FlowEdge => ({
    id: `variable-link:${source}->${target}`, source, target, type: 'simplebezier', animated: true,
    selectable: false, deletable: false, focusable: false, className: 'variable-link', style: LINK_STYLE,
  });
  return {
    // Start children and notes belong to no link; only blocks are dimmed.
    nodes: nodes.map((n) => (related.has(n.id) || n.type === 'container-start' ? n : { ...n, className: DIMMED_CLASS })),
    edges: [
      ...edges,
      ...focus.dependencies.map((id) => link(id, focus.nodeId)),
      ...focus.dependents.map((id) => link(focus.nodeId, id)),
    ],
  };
}

/** Listens for Shift and returns the canvas's nodes and edges with the highlight applied. */
export function useVariableHighlight(nodes: FlowNode[], edges: FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[] } {
  useEffect(() => {
    const clear = () => variableHighlight.setState({ focus: undefined });
    const onDown = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || e.repeat || isEditableTarget(e.target)) return;
      const { document: doc, selectedNodeIds } = documentStore.getState();
      if (selectedNodeIds.length !== 1) return;
      const nodeId = selectedNodeIds[0]!;
      variableHighlight.setState({ focus: { nodeId, ...variableLinks(doc, nodeId) } });
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key === 'Shift') clear();
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    window.addEventListener('blur', clear);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('blur', clear);
      clear();
    };
  }, []);
  const focus = useStore(variableHighlight, (s) => s.focus);
  return useMemo(() => highlighted(nodes, edges, focus), [nodes, edges, focus]);
}

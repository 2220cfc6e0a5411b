/**
 * Delete/Backspace removes the selected edges as one undoable step, when no node is selected
 * (deleting nodes, which takes their edges, belongs to the history shortcuts). Ignored while
 * focus is in a text field.
 */
import { useEffect } from 'react';
import { documentStore } from '../../store/document-store';
import { deleteEdges } from '../../store/commands';
import { isEditableTarget, shortcutOf } from '../../store/use-history-shortcuts';
import { report } from '../canvas-actions';
import { edgeSelection } from './edge-selection';
import { edgeIdOf } from '../../graph/graph-index';

export function deleteSelectedEdges(): boolean {
  const { document: doc, selectedNodeIds } = documentStore.getState();
  if (selectedNodeIds.length > 0) return false;
  const existing = new Set(doc.workflow.graph.edges.map(edgeIdOf));
  const ids = edgeSelection.getState().ids.filter((id) => existing.has(id));
  if (ids.length === 0) return false;
  const deleted = report(documentStore.getState().apply(ids.length > 1 ? 'Connections deleted' : 'Connection deleted', (d) => deleteEdges(d, ids)));
  if (deleted) edgeSelection.getState().clear();
  return deleted;
}

export function useEdgeDelete(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditableTarget(e.target) || shortcutOf(e) !== 'delete') return;
      if (deleteSelectedEdges()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

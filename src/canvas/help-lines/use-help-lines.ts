/**
 * Snaps a single dragged node onto help lines: given React Flow's node changes, returns them with
 * the dragged position moved onto the guides its siblings offer (helpLinesFor), and shows the
 * guides; the drop snaps too and clears them, as do several nodes moving together. Inside React Flow's provider.
 */
import { useCallback } from 'react';
import { useStoreApi, type InternalNode, type NodeChange } from '@xyflow/react';
import type { FlowNode } from '../to-flow';
import { helpLinesFor, type Box } from './help-lines';
import { showGuides } from './guide-store';

function boxOf(node: InternalNode<FlowNode>): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

export function useHelpLines(): (changes: NodeChange<FlowNode>[]) => NodeChange<FlowNode>[] {
  const store = useStoreApi<FlowNode>();
  return useCallback((changes: NodeChange<FlowNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position');
    if (moves.length === 0) return changes;
    const move = moves[0]!;
    if (moves.length > 1 || !move.position) {
      showGuides({});
      return changes;
    }
    const { nodeLookup } = store.getState();
    const node = nodeLookup.get(move.id);
    if (!node) return changes;
    const parent = node.parentId ? nodeLookup.get(node.parentId)?.internals.positionAbsolute ?? { x: 0, y: 0 } : { x: 0, y: 0 };
    const siblings: Box[] = [];
    for (const other of nodeLookup.values()) if (other.id !== node.id && other.parentId === node.parentId && !other.hidden) siblings.push(boxOf(other));
    const size = boxOf(node);
    const lines = helpLinesFor({ ...size, x: parent.x + move.position.x, y: parent.y + move.position.y }, siblings);
    // The drop (dragging false) keeps the snapped place and takes the guides away.
    showGuides(move.dragging ? { vertical: lines.vertical, horizontal: lines.horizontal } : {});
    const snapped = { ...move, position: { x: lines.position.x - parent.x, y: lines.position.y - parent.y } };
    return changes.map((c) => (c === move ? snapped : c));
  }, [store]);
}

/**
 * React Flow's node changes sorted by where they go: moves and selection to the document
 * store, measured sizes to the canvas. Removals and additions are not canvas gestures yet.
 */
import type { NodeChange } from '@xyflow/react';
import type { NodeMove } from '../store/move-nodes';
import type { FlowNode, Size } from './to-flow';

export interface MeasuredSize extends Size {
  id: string;
}

export interface SortedNodeChanges {
  moves: NodeMove[];
  sizes: MeasuredSize[];
  /** The new selection, or undefined when no change touched it. */
  selection?: string[];
}

export function sortNodeChanges(changes: readonly NodeChange<FlowNode>[], currentSelection: readonly string[]): SortedNodeChanges {
  const moves: NodeMove[] = [];
  const sizes: MeasuredSize[] = [];
  let selection: Set<string> | undefined;
  for (const change of changes) {
    if (change.type === 'position' && change.position) moves.push({ id: change.id, position: { x: change.position.x, y: change.position.y } });
    else if (change.type === 'dimensions' && change.dimensions) sizes.push({ id: change.id, width: change.dimensions.width, height: change.dimensions.height });
    else if (change.type === 'select') {
      selection ??= new Set(currentSelection);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
  }
  return selection ? { moves, sizes, selection: [...selection] } : { moves, sizes };
}

/**
 * Which edges are selected: canvas UI state beside the document store's node selection, fed by
 * React Flow's edge changes. Delete/Backspace removes them (use-edge-delete.ts).
 */
import type { EdgeChange } from '@xyflow/react';
import { createStore, useStore } from 'zustand';

interface EdgeSelectionState {
  ids: readonly string[];
  apply(changes: readonly EdgeChange[]): void;
  clear(): void;
}

/** The selection after React Flow's `select` changes (same array when none touched it). */
export function selectedAfter(current: readonly string[], changes: readonly EdgeChange[]): readonly string[] {
  let next: Set<string> | undefined;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    next ??= new Set(current);
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  if (!next) return current;
  return next.size === current.length && current.every((id) => next.has(id)) ? current : [...next];
}

export const edgeSelection = createStore<EdgeSelectionState>()((set, get) => ({
  ids: [],
  apply: (changes) => {
    const ids = selectedAfter(get().ids, changes);
    if (ids !== get().ids) set({ ids });
  },
  clear: () => set({ ids: [] }),
}));

export const useSelectedEdgeIds = () => useStore(edgeSelection, (s) => s.ids);

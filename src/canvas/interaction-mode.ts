/**
 * Pointer or hand mode (dify-dsl.md 6.9), canvas UI state kept out of the document. Pointer:
 * dragging the pane draws a selection box (partial overlap selects), the middle button and the
 * wheel pan. Hand: dragging the pane pans. Shift-drag draws a box in both (React Flow's selection key).
 */
import { createStore, useStore } from 'zustand';
import { SelectionMode, type ReactFlowProps } from '@xyflow/react';

export type InteractionMode = 'pointer' | 'hand';

export const interactionMode = createStore<{ mode: InteractionMode; setMode(mode: InteractionMode): void }>()((set) => ({
  mode: 'pointer',
  setMode: (mode) => set({ mode }),
}));

export const useInteractionMode = () => useStore(interactionMode, (s) => s.mode);

type PaneProps = Pick<ReactFlowProps, 'panOnDrag' | 'selectionOnDrag' | 'panOnScroll' | 'selectionMode'>;

/** At module scope, so React Flow sees the same objects while the mode stays. */
const PANE_PROPS: Record<InteractionMode, PaneProps> = {
  pointer: { panOnDrag: [1], selectionOnDrag: true, panOnScroll: true, selectionMode: SelectionMode.Partial },
  hand: { panOnDrag: true, selectionOnDrag: false, panOnScroll: true, selectionMode: SelectionMode.Partial },
};

/** React Flow's pane props for the current mode (spread them onto <ReactFlow>). */
export function usePaneInteraction(): PaneProps {
  return PANE_PROPS[useInteractionMode()];
}

/**
 * When a card shows the "+" buttons beside its handles (dify-dsl.md 6.8): while it is hovered or
 * selected. One shared hover state instead of a hidden button in every handle, so a 1,000-node
 * graph carries only the buttons of the one or two cards that show them.
 */
import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';

/** Time to move the pointer from the card across the gap onto a "+" before the buttons go. */
const HIDE_DELAY_MS = 200;

const hover = createStore<{ nodeId?: string }>(() => ({}));
let hideTimer: ReturnType<typeof setTimeout> | undefined;

export function nodeHoverStarted(nodeId: string): void {
  clearTimeout(hideTimer);
  hover.setState({ nodeId });
}

export function nodeHoverEnded(nodeId: string): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (hover.getState().nodeId === nodeId) hover.setState({ nodeId: undefined });
  }, HIDE_DELAY_MS);
}

export const hoveredNode = (): string | undefined => hover.getState().nodeId;

export function useNodeHovered(nodeId: string): boolean {
  return useStore(hover, (s) => s.nodeId === nodeId);
}

/** Provided by each card: whether its handles render their "+" buttons. */
export const AddButtonsShown = createContext(false);

export const useAddButtonsShown = () => useContext(AddButtonsShown);

/** For a card: its "+" buttons show while it is selected or hovered. */
export function useShowsAddButtons(nodeId: string, selected: boolean): boolean {
  const hovered = useNodeHovered(nodeId);
  return selected || hovered;
}

/**
 * The open "+" block selector: where it shows (screen point) and what a picked block attaches
 * to (after a node's source handle, before a node, or on an edge). UI state, never part of the document.
 */
import { createStore, useStore } from 'zustand';

export type SelectorTarget =
  | { kind: 'after'; nodeId: string; handleId: string }
  | { kind: 'before'; nodeId: string }
  | { kind: 'edge'; edgeId: string };

export interface SelectorRequest {
  x: number;
  y: number;
  target: SelectorTarget;
}

interface SelectorState {
  request?: SelectorRequest;
  open(request: SelectorRequest): void;
  close(): void;
}

export const blockSelector = createStore<SelectorState>()((set) => ({
  open: (request) => set({ request }),
  close: () => set({ request: undefined }),
}));

export const useSelectorRequest = () => useStore(blockSelector, (s) => s.request);

/** Opens the selector beside a clicked "+" button. */
export function openSelectorBeside(button: Element, target: SelectorTarget): void {
  const box = button.getBoundingClientRect();
  blockSelector.getState().open({ x: box.right + 6, y: box.top, target });
}

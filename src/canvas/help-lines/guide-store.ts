/** The help lines shown now, in flow coordinates (canvas UI state, never part of the document). */
import { createStore, useStore } from 'zustand';

export interface Guides {
  vertical?: number;
  horizontal?: number;
}

export const guideStore = createStore<Guides>()(() => ({}));

export function showGuides(next: Guides): void {
  const now = guideStore.getState();
  if (now.vertical !== next.vertical || now.horizontal !== next.horizontal) guideStore.setState(next, true);
}

export const useGuides = () => useStore(guideStore);

/** Whether an Organize is running, for the toolbar's "Organizing…" (UI state, not the document). */
import { createStore, useStore } from 'zustand';

export const layoutStatus = createStore<{ organizing: boolean }>()(() => ({ organizing: false }));

export const useOrganizing = () => useStore(layoutStatus, (s) => s.organizing);

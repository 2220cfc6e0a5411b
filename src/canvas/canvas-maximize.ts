/**
 * "Maximize canvas" (dify-dsl.md 6.6, 6.11): F hides the block palette so the canvas takes the
 * whole width; kept in localStorage under Dify's key so it survives a reload.
 */
import { createStore, useStore } from 'zustand';

const STORAGE_KEY = 'workflow-canvas-maximize';

function readStored(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false; // storage blocked: the default
  }
}

export const canvasMaximize = createStore<{ maximized: boolean; toggle(): void }>()((set, get) => ({
  maximized: readStored(),
  toggle() {
    const maximized = !get().maximized;
    set({ maximized });
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, String(maximized));
    } catch {
      // Not kept across reloads when storage is blocked; the toggle still works.
    }
  },
}));

export const useCanvasMaximized = () => useStore(canvasMaximize, (s) => s.maximized);

/** A short message the canvas shows after a refused action (a connection Dify would refuse, an empty paste). */
import { createStore, useStore } from 'zustand';

interface NoticeState {
  text?: string;
  show(text: string): void;
  clear(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const canvasNotice = createStore<NoticeState>()((set) => ({
  show: (text) => {
    clearTimeout(timer);
    set({ text });
    timer = setTimeout(() => set({ text: undefined }), 4000);
  },
  clear: () => set({ text: undefined }),
}));

export const useCanvasNotice = () => useStore(canvasNotice, (s) => s.text);

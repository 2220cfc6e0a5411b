/**
 * What a benchmark page offers the Node side once its graph is open (`window.benchApi`), so the
 * runner can interleave the app and the bare page and read Chromium's own counters around each call.
 */
import type { FrameTimes, ViewportLike } from './graph-probe';

export interface DragOutcome extends FrameTimes {
  screenMovedBy: { x: number; y: number };
  /** App only: how far the node moved in the DSL document, and the undo entries the drag added. */
  documentMovedBy?: { x: number; y: number };
  historyEntriesAdded?: number;
}

export interface AutosaveOutcome {
  /** Main-thread time of issuing each save's IndexedDB writes (the head and the changed node and edge records, structured clones included). */
  putMs: number[];
  /** Node and edge records each save put or deleted (the head not counted). */
  itemWrites?: number[];
  /** Wall time of each whole save, to its commit (asynchronous: the main thread is free meanwhile). */
  saveMs: number[];
}

export interface BenchApi {
  pan(from: ViewportLike, frames: number): Promise<FrameTimes & { onScreen: number }>;
  drag(frames: number): Promise<DragOutcome>;
  autosave?(saves: number): Promise<AutosaveOutcome>;
}

declare global {
  interface Window {
    benchResult?: unknown;
    benchApi?: BenchApi;
  }
}

/**
 * Run state, apart from the document so a running workflow never re-renders the graph: the
 * current run's status, per-node status (cards subscribe to their own entry), streamed text,
 * the node log and the result. Events arrive in batches, one update per batch.
 */
import { createStore, useStore } from 'zustand';
import type { EngineEvent, NodeRunStatus, WorkflowRunStatus } from '../engine/events';
import type { RunResult } from '../engine/run-options';

export interface NodeLogEntry {
  nodeId: string;
  title: string;
  nodeType: string;
  status: NodeRunStatus;
  elapsedMs?: number;
  error?: string;
  outputs?: Record<string, unknown>;
  scope?: string;
  pinned?: boolean;
}

export interface RunState {
  status: WorkflowRunStatus | 'idle';
  runId?: string;
  nodeStatus: Readonly<Record<string, NodeRunStatus>>;
  log: readonly NodeLogEntry[];
  text: string;
  result?: RunResult;
  error?: string;
  started(runId: string): void;
  apply(events: readonly EngineEvent[]): void;
  finished(result: RunResult): void;
  crashed(message: string): void;
  reset(): void;
}

const scopeOf = (e: { iterationIndex?: number; loopIndex?: number }) =>
  e.iterationIndex !== undefined ? `item ${e.iterationIndex}` : e.loopIndex !== undefined ? `round ${e.loopIndex + 1}` : undefined;

export const runStore = createStore<RunState>()((set) => ({
  status: 'idle',
  nodeStatus: {},
  log: [],
  text: '',
  started: (runId) => set({ status: 'running', runId, nodeStatus: {}, log: [], text: '', result: undefined, error: undefined }),
  apply: (events) =>
    set((s) => {
      let nodeStatus: Record<string, NodeRunStatus> | undefined;
      let log: NodeLogEntry[] | undefined;
      let text = s.text;
      for (const e of events) {
        if (e.type === 'text_chunk') text += e.text;
        else if (e.type === 'node_started' || e.type === 'node_finished') {
          nodeStatus ??= { ...s.nodeStatus };
          nodeStatus[e.nodeId] = e.type === 'node_started' ? 'running' : e.status;
          if (e.type === 'node_finished') {
            log ??= [...s.log];
            const scope = scopeOf(e);
            log.push({ nodeId: e.nodeId, title: e.title, nodeType: e.nodeType, status: e.status, elapsedMs: e.elapsedMs, ...(e.error ? { error: e.error } : {}), ...(e.outputs ? { outputs: e.outputs } : {}), ...(scope ? { scope } : {}), ...(e.pinned ? { pinned: true } : {}) });
          }
        }
      }
      return { text, ...(nodeStatus ? { nodeStatus } : {}), ...(log ? { log } : {}) };
    }),
  finished: (result) => set({ status: result.status, result, ...(result.error || result.reason ? { error: result.error ?? result.reason } : {}) }),
  crashed: (message) => set({ status: 'failed', error: message }),
  reset: () => set({ status: 'idle', runId: undefined, nodeStatus: {}, log: [], text: '', result: undefined, error: undefined }),
}));

export function useRunStore<T>(selector: (s: RunState) => T): T {
  return useStore(runStore, selector);
}

/**
 * Events a run streams, small and in order. The UI renders them per frame; the CLI collects them.
 * Statuses follow Dify (dify-dsl.md 5.3, 5.4).
 */

export type NodeRunStatus = 'running' | 'succeeded' | 'failed' | 'exception' | 'stopped' | 'skipped';
export type WorkflowRunStatus = 'running' | 'succeeded' | 'partial-succeeded' | 'failed' | 'stopped';

/** Where a node run sits: inside which iteration/loop round. */
export interface RunScope {
  iterationId?: string;
  iterationIndex?: number;
  loopId?: string;
  loopIndex?: number;
}

export type EngineEvent =
  | { type: 'workflow_started'; runId: string; at: number }
  | { type: 'workflow_finished'; runId: string; status: WorkflowRunStatus; outputs: Record<string, unknown>; error?: string; reason?: string; elapsedMs: number; steps: number; exceptions: number }
  | ({ type: 'node_started'; nodeId: string; nodeType: string; title: string; at: number } & RunScope)
  | ({
      type: 'node_finished'; nodeId: string; nodeType: string; title: string; status: NodeRunStatus;
      inputs?: Record<string, unknown>; outputs?: Record<string, unknown>; processData?: Record<string, unknown>;
      error?: string; errorType?: string; elapsedMs: number; retryIndex: number; pinned?: boolean;
    } & RunScope)
  | ({ type: 'node_retry'; nodeId: string; retryIndex: number; error: string } & RunScope)
  | { type: 'text_chunk'; text: string; fromNodeId?: string }
  | { type: 'iteration_next' | 'loop_next'; nodeId: string; index: number };

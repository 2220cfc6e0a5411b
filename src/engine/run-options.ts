/** What a workflow run takes and gives back. */
import type { DslDocument } from '../dsl';
import type { EngineEvent, NodeRunStatus, WorkflowRunStatus } from './events';
import type { RunServices } from './node-executor';

export interface RunLimits {
  /** Node starts per run at the top level (Dify's WORKFLOW_MAX_EXECUTION_STEPS). */
  maxSteps: number;
  /** Wall-clock limit of the whole run (WORKFLOW_MAX_EXECUTION_TIME, 1200 s). */
  maxTimeMs: number;
  /** Nodes running at once (Dify's worker pool). */
  maxConcurrency: number;
}

export const DEFAULT_LIMITS: RunLimits = { maxSteps: 500, maxTimeMs: 1_200_000, maxConcurrency: 10 };

/** Outputs to use instead of running a node, by node id. */
export type Pins = Record<string, Record<string, unknown>>;

export interface RunOptions {
  document: DslDocument;
  services: RunServices;
  /** Start variables by name; in a chatflow also `sys.query` and `sys.files`. */
  inputs?: Record<string, unknown>;
  pins?: Pins;
  limits?: Partial<RunLimits>;
  /** Abort to stop the run. */
  signal?: AbortSignal;
  onEvent?: (event: EngineEvent) => void;
  /** Conversation variable values (chatflow); defaults from the document. */
  conversation?: Record<string, unknown>;
  /** Extra sys.* values (user_id, conversation_id...). */
  system?: Record<string, unknown>;
  /** The root to start from when there are several (triggers). */
  rootId?: string;
  runId?: string;
}

export interface NodeRunRecord {
  id: string;
  type: string;
  title: string;
  status: NodeRunStatus;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  processData?: Record<string, unknown>;
  error?: string;
  errorType?: string;
  elapsedMs: number;
  retries: number;
  pinned?: boolean;
  iterationId?: string;
  iterationIndex?: number;
  loopId?: string;
  loopIndex?: number;
}

export interface RunResult {
  runId: string;
  status: WorkflowRunStatus;
  outputs: Record<string, unknown>;
  /** The chatflow answer: every executed Answer's output, joined with no separator. */
  answer?: string;
  error?: string;
  /** Why a run stopped: the user, the step limit, the time limit. */
  reason?: string;
  /** Node runs in start order (iteration and loop children included, with their scope). */
  nodes: NodeRunRecord[];
  elapsedMs: number;
  steps: number;
  exceptions: number;
  /** Conversation variables after the run. */
  conversation: Record<string, unknown>;
}

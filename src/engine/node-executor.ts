/**
 * What a block type's executor (`src/nodes/<type>/run.ts`) receives and returns. Executors are
 * pure TypeScript: they read the variable pool, call services, and return outputs or throw
 * NodeRunError. Retry, error strategies, events and scheduling are the graph engine's job.
 */
import type { AppMode, DslNode, DslNodeData, ValueSelector } from '../dsl';
import type { CodeSandbox } from '../sandbox/code-sandbox';
import type { LlmClient } from './llm-client';
import type { VariablePool } from './variable-pool';

export interface NodeRunResult {
  /** What the node read (shown in the run log). */
  inputs?: Record<string, unknown>;
  outputs: Record<string, unknown>;
  /** Intermediate data worth showing: rendered prompts, request sent, console logs. */
  processData?: Record<string, unknown>;
  /** For branch nodes: the source handle chosen (if-else case_id or 'false', class id...). */
  selectedHandle?: string;
  /** Token usage and the like. */
  metadata?: Record<string, unknown>;
}

export class NodeRunError extends Error {
  constructor(
    message: string,
    /** Dify-style error type shown with `error_type` (e.g. CodeNodeError, HTTPResponseCodeError). */
    readonly errorType = 'NodeRunError',
    readonly partial?: { inputs?: Record<string, unknown>; processData?: Record<string, unknown> },
  ) {
    super(message);
    this.name = 'NodeRunError';
  }
}

export interface RunServices {
  javascript: CodeSandbox;
  python: CodeSandbox;
  llm: LlmClient;
  /** The http-request node's transport; `fetch` in browsers and Node. */
  fetch: typeof fetch;
}

/** A container body's outcome, as the iteration and loop executors see it. */
export interface BodyResult {
  status: 'succeeded' | 'failed' | 'stopped';
  error?: string;
  /** True when a loop-end node ran in the body. */
  breakRequested: boolean;
}

export interface NodeRunContext {
  nodeId: string;
  node: DslNode;
  appMode: AppMode;
  pool: VariablePool;
  signal: AbortSignal;
  services: RunServices;
  /** The declared type of a conversation or loop variable (`[conversation, x]`, `[loopId, label]`). */
  variableType(selector: ValueSelector): string | undefined;
  /** The run's inputs: start variables by name (and sys.query / sys.files in a chatflow). */
  userInputs: Record<string, unknown>;
  /** Streamed text this node produces (LLM tokens), forwarded to answer/end streams. */
  emitChunk(text: string, selector: ValueSelector): void;
  /** Runs a container's body from its start child on `pool`; iteration and loop use it. */
  runBody(pool: VariablePool, round: { index: number; kind: 'iteration' | 'loop' }): Promise<BodyResult>;
  /** Emits iteration_next / loop_next. */
  emitRound(kind: 'iteration' | 'loop', index: number): void;
}

export type NodeExecutor = (data: DslNodeData, ctx: NodeRunContext) => Promise<NodeRunResult>;

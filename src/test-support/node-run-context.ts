/**
 * A complete NodeRunContext for executor tests. Services not given are stubs that throw
 * "not used in this test" (fetch defaults to the real global fetch), emitted chunks and
 * rounds are collected, and the signal comes from an AbortController the test can fire.
 */
import type { AppMode, DslNode, DslNodeData, ValueSelector } from '../dsl';
import type { LlmClient } from '../engine/llm-client';
import type { BodyResult, NodeRunContext, RunServices } from '../engine/node-executor';
import { VariablePool } from '../engine/variable-pool';
import type { CodeSandbox } from '../sandbox/code-sandbox';

export interface EmittedChunk {
  text: string;
  selector: ValueSelector;
}

export interface RunContextOptions {
  nodeId?: string;
  /** The node's data; also placed on `ctx.node`. */
  data?: DslNodeData;
  appMode?: AppMode;
  pool?: VariablePool;
  services?: Partial<RunServices>;
  userInputs?: Record<string, unknown>;
  /** Declared variable types by `head.name` (conversation and loop variables). */
  variableTypes?: Record<string, string>;
  /** Defaults to a body that throws "not used in this test". */
  runBody?: NodeRunContext['runBody'];
  /** Use this controller instead of a fresh one. */
  controller?: AbortController;
}

export interface TestRunContext {
  ctx: NodeRunContext;
  pool: VariablePool;
  /** Every emitChunk call, in order. */
  chunks: EmittedChunk[];
  /** Every emitRound call, in order. */
  rounds: { kind: 'iteration' | 'loop'; index: number }[];
  controller: AbortController;
}

function notUsed(what: string): never {
  throw new Error(`${what}: not used in this test`);
}

function stubSandbox(language: string): CodeSandbox {
  return {
    run: async () => notUsed(`${language} sandbox`),
    dispose: () => undefined,
  };
}

const stubLlm: LlmClient = {
  chat: async () => notUsed('LLM client'),
};

export function makeRunContext(options: RunContextOptions = {}): TestRunContext {
  const nodeId = options.nodeId ?? 'node';
  const data: DslNodeData = options.data ?? { type: 'test', title: 'Test' };
  const node: DslNode = { id: nodeId, data };
  const pool = options.pool ?? new VariablePool();
  const controller = options.controller ?? new AbortController();
  const chunks: EmittedChunk[] = [];
  const rounds: TestRunContext['rounds'] = [];
  const services: RunServices = {
    javascript: stubSandbox('JavaScript'),
    python: stubSandbox('Python'),
    llm: stubLlm,
    fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args),
    ...options.services,
  };
  const runBody =
    options.runBody ??
    (async (): Promise<BodyResult> => notUsed('runBody'));
  const ctx: NodeRunContext = {
    nodeId,
    node,
    appMode: options.appMode ?? 'workflow',
    pool,
    signal: controller.signal,
    services,
    userInputs: options.userInputs ?? {},
    variableType: (selector) => options.variableTypes?.[selector.join('.')],
    emitChunk: (text, selector) => {
      chunks.push({ text, selector: [...selector] });
    },
    runBody,
    emitRound: (kind, index) => {
      rounds.push({ kind, index });
    },
  };
  return { ctx, pool, chunks, rounds, controller };
}

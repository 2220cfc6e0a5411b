/**
 * The scheduler of one scope (the top level or one container body round), per dify-dsl.md 5.2:
 * a FIFO ready queue, edge states (unknown/taken/skipped), skip propagation, AND-joins after
 * parallel branches, OR-joins after branch merges, and ready nodes running concurrently.
 */
import type { DslNode } from '../dsl';
import type { RunScope } from './events';
import { buildScope, isBranchNode, type GraphScope } from './graph-scope';
import type { BodyResult, NodeRunContext } from './node-executor';
import { attemptNode, type NodeOutcome } from './node-attempt';
import type { ResponseCoordinator } from './response-coordinator';
import type { RunState } from './run-state';
import type { VariablePool } from './variable-pool';

type EdgeState = 'unknown' | 'taken' | 'skipped';
type NodeState = 'unknown' | 'queued' | 'running' | 'done' | 'skipped';

const SILENT_TYPES = new Set(['iteration-start', 'loop-start']);
/** How long a stopping run waits for running nodes before it leaves them behind. */
const STOP_GRACE_MS = 1000;

export interface ScopeOptions {
  run: RunState;
  scope: GraphScope;
  pool: VariablePool;
  /** Where the run starts; other root candidates are skipped in advance. */
  root: string;
  otherRoots?: string[];
  /** Iteration/loop round this scope runs in (events carry it). */
  where: RunScope;
  /** Only the top level counts steps and exceptions (5.4, 5.5). */
  topLevel: boolean;
  responses?: ResponseCoordinator;
}

export class ScopeRun {
  private readonly edgeState = new Map<number, EdgeState>();
  private readonly nodeState = new Map<string, NodeState>();
  private readonly queue: string[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private failure?: string;
  private readonly abandoned = new Set<string>();
  private breakRequested = false;
  /** Aborts this scope's nodes: a failure here, or the whole run stopping. */
  private readonly abort = new AbortController();

  constructor(private readonly o: ScopeOptions) {
    for (const e of o.scope.edges) this.edgeState.set(e.index, 'unknown');
    const onRunAbort = () => this.abort.abort(o.run.abort.signal.reason);
    if (o.run.abort.signal.aborted) onRunAbort();
    else o.run.abort.signal.addEventListener('abort', onRunAbort, { once: true });
  }

  async execute(): Promise<BodyResult> {
    const { run } = this.o;
    if (!this.o.scope.nodes.has(this.o.root)) return { status: 'failed', error: `The start node ${this.o.root} is missing.`, breakRequested: false };
    for (const other of this.o.otherRoots ?? []) this.markSkipped(other);
    this.enqueue(this.o.root);
    const aborted = new Promise<void>((resolve) => {
      if (this.abort.signal.aborted) resolve();
      else this.abort.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    for (;;) {
      while (!this.failure && !run.stopped && this.queue.length > 0 && this.running.size < run.limits.maxConcurrency) {
        this.start(this.queue.shift()!);
      }
      if (this.running.size === 0 || this.abort.signal.aborted) break;
      await Promise.race([...this.running.values(), aborted]);
    }
    // Nodes told to stop get a moment to finish; one that ignores the signal is left behind.
    const settled = Promise.allSettled(this.running.values());
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS))]);
    for (const id of this.running.keys()) this.abandon(id);
    if (this.failure) return { status: 'failed', error: this.failure, breakRequested: this.breakRequested };
    if (run.stopped) return { status: 'stopped', error: run.stopReason, breakRequested: this.breakRequested };
    return { status: 'succeeded', breakRequested: this.breakRequested };
  }

  private enqueue(id: string): void {
    if ((this.nodeState.get(id) ?? 'unknown') !== 'unknown') return;
    this.nodeState.set(id, 'queued');
    this.queue.push(id);
  }

  private start(id: string): void {
    const { run } = this.o;
    if (this.o.topLevel) {
      run.steps++;
      if (run.steps > run.limits.maxSteps) {
        run.stop(`Stopped: the run exceeded the step limit of ${run.limits.maxSteps} node runs.`);
        return;
      }
    }
    this.nodeState.set(id, 'running');
    const task = this.runNode(this.o.scope.nodes.get(id)!).finally(() => this.running.delete(id));
    this.running.set(id, task);
  }

  /** A node still running after the grace period: recorded as stopped; its late result is ignored. */
  private abandon(id: string): void {
    const { run, where } = this.o;
    const node = this.o.scope.nodes.get(id)!;
    this.nodeState.set(id, 'done');
    this.abandoned.add(id);
    const record = [...run.records].reverse().find((r) => r.id === id && r.status === 'running');
    if (!record) return;
    Object.assign(record, { status: 'stopped', error: 'Stopped before it finished.' });
    run.emit({ type: 'node_finished', nodeId: id, nodeType: node.data.type, title: record.title, status: 'stopped', error: record.error, elapsedMs: 0, retryIndex: 0, ...where });
  }

  private context(node: DslNode): NodeRunContext {
    const { run, pool } = this.o;
    return {
      nodeId: node.id,
      node,
      appMode: run.doc.app.mode,
      pool,
      signal: this.abort.signal,
      services: run.services,
      userInputs: run.inputs,
      variableType: (selector) => (selector.length === 2 ? run.declaredTypes.get(`${selector[0]}.${selector[1]}`) : undefined),
      emitChunk: (text, selector) => this.o.responses?.chunk(selector, text),
      runBody: (bodyPool, round) => this.runBody(node, bodyPool, round),
      emitRound: (kind, index) => run.emit({ type: kind === 'iteration' ? 'iteration_next' : 'loop_next', nodeId: node.id, index }),
    };
  }

  private async runNode(node: DslNode): Promise<void> {
    const { run, where } = this.o;
    const title = typeof node.data.title === 'string' ? node.data.title : '';
    const silent = SILENT_TYPES.has(node.data.type);
    const started = performance.now();
    const record = silent ? undefined : run.record(node.id, node.data.type, title, where);
    if (!silent) run.emit({ type: 'node_started', nodeId: node.id, nodeType: node.data.type, title, at: Date.now(), ...where });
    const outcome = await attemptNode(node, () => this.context(node), run.pins[node.id], {
      onFailure: () => {
        if (this.o.topLevel) run.exceptions++;
      },
      onRetry: (retryIndex, error) => run.emit({ type: 'node_retry', nodeId: node.id, retryIndex, error, ...where }),
      sleep: (ms) => run.sleep(ms),
    });
    const elapsedMs = performance.now() - started;
    if (this.abandoned.has(node.id)) return;
    this.finish(node, outcome);
    if (record) {
      const status = outcome.kind;
      const result = outcome.kind === 'succeeded' || outcome.kind === 'exception' ? outcome.result : undefined;
      const partial = outcome.kind === 'failed' ? outcome.partial : undefined;
      Object.assign(record, {
        status, elapsedMs, retries: outcome.retries,
        inputs: result?.inputs ?? partial?.inputs, outputs: result?.outputs, processData: result?.processData ?? partial?.processData,
        ...(outcome.kind === 'succeeded' && outcome.pinned ? { pinned: true } : {}),
        ...(outcome.kind !== 'succeeded' ? { error: outcome.error } : {}),
        ...(outcome.kind === 'exception' || outcome.kind === 'failed' ? { errorType: outcome.errorType } : {}),
      });
      run.emit({ type: 'node_finished', nodeId: node.id, nodeType: node.data.type, title, status, elapsedMs, retryIndex: outcome.retries,
        inputs: record.inputs, outputs: record.outputs, processData: record.processData, error: record.error, errorType: record.errorType,
        ...(record.pinned ? { pinned: true } : {}), ...where });
    }
  }

  private finish(node: DslNode, outcome: NodeOutcome): void {
    this.nodeState.set(node.id, 'done');
    if (outcome.kind === 'failed' || outcome.kind === 'stopped') {
      if (outcome.kind === 'failed' && !this.failure) {
        this.failure = `${node.data.title || node.id}: ${outcome.error}`;
        this.abort.abort();
      }
      return;
    }
    this.o.pool.setAll(node.id, outcome.result.outputs);
    this.o.responses?.nodeFinished(node.id);
    if (!this.o.topLevel && node.data.type === 'answer') this.o.responses?.direct(String(outcome.result.outputs.answer ?? ''), node.id);
    if (node.data.type === 'loop-end') this.breakRequested = true;
    let handle: string | null = null;
    if (outcome.kind === 'exception') handle = outcome.strategy === 'fail-branch' ? 'fail-branch' : null;
    else if (isBranchNode(node)) handle = outcome.result.selectedHandle ?? 'source';
    this.takeEdges(node.id, handle);
  }

  /** Marks the outgoing edges: all taken (handle null), or the chosen handle's taken and the rest skipped. */
  private takeEdges(nodeId: string, handle: string | null): void {
    const out = this.o.scope.outgoing.get(nodeId) ?? [];
    for (const e of out) {
      const state = handle === null || e.sourceHandle === handle ? 'taken' : 'skipped';
      this.edgeState.set(e.index, state);
      if (state === 'taken') this.o.responses?.edgeTaken(e.index);
    }
    for (const e of out) this.check(e.target);
  }

  private check(target: string): void {
    if ((this.nodeState.get(target) ?? 'unknown') !== 'unknown') return;
    let taken = false;
    for (const e of this.o.scope.incoming.get(target) ?? []) {
      const state = this.edgeState.get(e.index);
      if (state === 'unknown') return;
      if (state === 'taken') taken = true;
    }
    if (taken) this.enqueue(target);
    else this.markSkipped(target);
  }

  private markSkipped(id: string): void {
    if ((this.nodeState.get(id) ?? 'unknown') !== 'unknown') return;
    this.nodeState.set(id, 'skipped');
    this.o.responses?.nodeSkipped(id);
    const out = this.o.scope.outgoing.get(id) ?? [];
    for (const e of out) this.edgeState.set(e.index, 'skipped');
    for (const e of out) this.check(e.target);
  }

  private async runBody(container: DslNode, pool: VariablePool, round: { index: number; kind: 'iteration' | 'loop' }): Promise<BodyResult> {
    const scope = buildScope(this.o.run.doc, container.id);
    const root = bodyRoot(container, scope);
    if (!root) return { status: 'failed', error: `The ${round.kind} "${container.data.title ?? container.id}" has no start node inside.`, breakRequested: false };
    // Each loop round starts without the values its children produced last round (5.6).
    if (round.kind === 'loop') for (const id of scope.nodes.keys()) pool.removeNode(id);
    const where: RunScope = round.kind === 'iteration'
      ? { iterationId: container.id, iterationIndex: round.index }
      : { loopId: container.id, loopIndex: round.index };
    const body = new ScopeRun({ run: this.o.run, scope, pool, root, where, topLevel: false, responses: this.o.responses });
    return body.execute();
  }
}

/** The body's first node: `start_node_id`, or for legacy files a child nothing leads into. */
function bodyRoot(container: DslNode, scope: GraphScope): string | undefined {
  const id = container.data.start_node_id;
  if (typeof id === 'string' && scope.nodes.has(id)) return id;
  const heads = [...scope.nodes.keys()].filter((n) => !(scope.incoming.get(n)?.length));
  return heads.find((n) => ['iteration-start', 'loop-start'].includes(scope.nodes.get(n)!.data.type)) ?? heads[0];
}

/**
 * The page's handle on the engine worker: start a run, receive its events per batch, stop it.
 * A stop that the worker does not honour in time terminates the worker (the hard backstop
 * for runaway user code); the next run gets a fresh worker.
 */
import type { EngineEvent } from '../engine/events';
import type { LlmSettings } from '../engine/llm-client';
import { DEFAULT_LIMITS, type Pins, type RunLimits, type RunResult } from '../engine/run-options';
import type { DslDocument } from '../dsl';
import { fromWorkerSchema, type ToWorker } from './protocol';

export interface RunRequest {
  document: DslDocument;
  inputs?: Record<string, unknown>;
  pins?: Pins;
  llm?: LlmSettings;
  limits?: Partial<RunLimits>;
}

export interface RunHandle {
  runId: string;
  done: Promise<RunResult>;
  stop(): void;
}

const HARD_STOP_MS = 2000;
/** Beyond the run's own time limit, how long the page waits before it terminates the worker. */
const WATCHDOG_GRACE_MS = 5000;

export class EngineClient {
  private worker?: Worker;
  private readonly listeners = new Map<string, { onEvents: (e: EngineEvent[]) => void; resolve: (r: RunResult) => void; reject: (e: Error) => void }>();
  private pings = new Map<number, () => void>();
  private nextPing = 1;

  constructor(
    private readonly createWorker: () => Worker = () => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'flowpad-engine' }),
    private readonly defaultMaxTimeMs = DEFAULT_LIMITS.maxTimeMs,
  ) {}

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (e: MessageEvent<unknown>) => this.receive(e.data);
    worker.onerror = (e) => {
      for (const [runId, l] of this.listeners) {
        l.reject(new Error(`The engine worker crashed: ${e.message || 'unknown error'}`));
        this.listeners.delete(runId);
      }
      this.dropWorker();
    };
    this.worker = worker;
    return worker;
  }

  private dropWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(data: unknown): void {
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      console.error('[flowpad] ignored a malformed message from the engine worker', parsed.error.issues[0]);
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'pong') {
      this.pings.get(msg.id)?.();
      this.pings.delete(msg.id);
      return;
    }
    const listener = this.listeners.get(msg.runId);
    if (!listener) return;
    if (msg.type === 'events') listener.onEvents(msg.events as EngineEvent[]);
    else {
      this.listeners.delete(msg.runId);
      if (msg.type === 'done') listener.resolve(msg.result as unknown as RunResult);
      else listener.reject(new Error(msg.message));
    }
  }

  private send(message: ToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  run(request: RunRequest, onEvents: (events: EngineEvent[]) => void): RunHandle {
    const runId = `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const done = new Promise<RunResult>((resolve, reject) => this.listeners.set(runId, { onEvents, resolve, reject }));
    this.send({ type: 'run', runId, document: request.document as unknown as Extract<ToWorker, { type: 'run' }>['document'], inputs: request.inputs, pins: request.pins, llm: request.llm, limits: request.limits });
    const kill = (reason: string) => {
      const l = this.listeners.get(runId);
      if (!l) return;
      this.listeners.delete(runId);
      this.dropWorker();
      l.resolve({ runId, status: 'stopped', reason, outputs: {}, nodes: [], elapsedMs: 0, steps: 0, exceptions: 0, conversation: {} });
    };
    // The worker enforces the time limit itself; this backstop covers a worker too busy to do it.
    const watchdog = setTimeout(
      () => kill('Stopped: the run exceeded its time limit and the engine did not respond, so it was restarted.'),
      (request.limits?.maxTimeMs ?? this.defaultMaxTimeMs) + WATCHDOG_GRACE_MS,
    );
    void done.finally(() => clearTimeout(watchdog)).catch(() => {});
    const stop = () => {
      if (!this.listeners.has(runId)) return;
      this.send({ type: 'stop', runId });
      setTimeout(() => kill('Stopped: the engine did not stop in time and was restarted.'), HARD_STOP_MS);
    };
    return { runId, done, stop };
  }

  /** Round trip to the worker in ms (the worker starts on first use). */
  ping(): Promise<number> {
    const id = this.nextPing++;
    const t0 = performance.now();
    return new Promise((resolve) => {
      this.pings.set(id, () => resolve(performance.now() - t0));
      this.send({ type: 'ping', id });
    });
  }

  dispose(): void {
    this.dropWorker();
  }
}

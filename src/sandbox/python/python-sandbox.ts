/**
 * CodeSandbox for python3 code nodes: Pyodide in its own worker, so user code never blocks the
 * caller. Calls run one at a time on a warm interpreter (a fresh globals dict each call).
 * At the deadline (or on abort) the host writes SIGINT into the shared interrupt buffer: Python
 * raises KeyboardInterrupt, the call fails with a timeout and the interpreter is kept. If the
 * code does not stop within the grace period (a C-level loop, a swallowed interrupt, or no
 * SharedArrayBuffer), the worker is terminated and a fresh one starts on the next call.
 */
import type { CodeErrorType, CodeRunRequest, CodeRunResult, CodeSandbox } from '../code-sandbox';
import { type ResultMessage, type SandboxLimits, SIGINT } from './protocol';
import { type SandboxWorker, WorkerInstance } from './worker-instance';

export interface PythonSandboxOptions {
  createWorker: () => SandboxWorker;
  /** URL of the folder holding pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json. */
  indexURL: string;
  /** How long code may ignore an interrupt before the worker is terminated. Default 1000 ms. */
  graceMs?: number;
  /** Give up on a cold start after this long. Default 60 s. */
  loadTimeoutMs?: number;
  limits?: Partial<SandboxLimits>;
  /** Restart the worker after a call that left its WebAssembly memory above this. Default 1 GiB. */
  recycleMemoryBytes?: number;
  /** Use a SharedArrayBuffer interrupt when SharedArrayBuffer is usable here. Default true. */
  interrupts?: boolean;
}

type Outcome =
  | { ok: true; result: unknown; logs: string[] }
  | { ok: false; error: string; errorType: CodeErrorType; logs: string[] };

const DISPOSED = 'The Python sandbox was disposed';

export const DEFAULT_LIMITS: SandboxLimits = { logChars: 100_000, resultChars: 16_000_000, recursionLimit: 3000 };

function canInterrupt(): boolean {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return typeof SharedArrayBuffer === 'function' && isolated !== false;
}

function failure(errorType: CodeErrorType, error: string, logs: string[] = []): Outcome {
  return { ok: false, error, errorType, logs };
}

/** How a stopped call ended: interrupted in place, or by terminating the worker. */
type StopMethod = 'interrupt' | 'unresponsive' | 'no-interrupt' | 'crash';

const RESTART_NOTES: Record<StopMethod, string> = {
  interrupt: '',
  unresponsive: '; it did not respond to the interrupt, so the Python runtime was restarted',
  'no-interrupt': '; without cross-origin isolation Python cannot be interrupted, so the Python runtime was restarted',
  crash: '; the Python runtime stopped and will restart on the next call',
};

function stopOutcome(reason: 'timeout' | 'stopped', timeoutMs: number, method: StopMethod): Outcome {
  const restart = RESTART_NOTES[method];
  return reason === 'timeout'
    ? failure('timeout', `Python code timed out after ${timeoutMs} ms${restart}`)
    : failure('stopped', `The Python run was stopped${restart}`);
}

function parseResult(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // fall through: the worker did not send what the harness produces
  }
  throw new Error('The Python sandbox returned a malformed result');
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'aborted'> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise<T | 'aborted'>((resolve, reject) => {
    const onAbort = (): void => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export class PythonSandbox implements CodeSandbox {
  private readonly options: Required<Omit<PythonSandboxOptions, 'limits'>> & { limits: SandboxLimits };
  private instance: WorkerInstance | undefined;
  private tail: Promise<void> = Promise.resolve();
  private nextId = 0;
  private starts = 0;

  constructor(options: PythonSandboxOptions) {
    this.options = {
      graceMs: 1000,
      loadTimeoutMs: 60_000,
      recycleMemoryBytes: 1024 ** 3,
      ...options,
      interrupts: (options.interrupts ?? true) && canInterrupt(),
      limits: { ...DEFAULT_LIMITS, ...options.limits },
    };
  }

  /** How many workers this sandbox has started (1 + restarts after hard stops and crashes). */
  get workerStarts(): number {
    return this.starts;
  }

  /** Milliseconds the current worker took to load Pyodide, or 0 if none is loaded. */
  get loadMs(): number {
    return this.instance && !this.instance.dead ? this.instance.loadMs : 0;
  }

  async run(request: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult> {
    const started = performance.now();
    const previous = this.tail;
    let done = (): void => {};
    const current = new Promise<void>((resolve) => (done = resolve));
    this.tail = previous.then(() => current);
    try {
      const turn = await abortable(previous, signal);
      const outcome = turn === 'aborted' ? stopOutcome('stopped', request.timeoutMs, 'interrupt') : await this.execute(request, signal);
      return { ...outcome, elapsedMs: performance.now() - started };
    } finally {
      done();
    }
  }

  /** Start the worker now instead of on the first call (a cold start takes 2-3 s). */
  async warmUp(): Promise<void> {
    await this.started();
  }

  dispose(): void {
    this.instance?.kill(DISPOSED);
    this.instance = undefined;
  }

  private started(): Promise<WorkerInstance> {
    if (!this.instance || this.instance.dead) {
      const { createWorker, indexURL, limits, interrupts, loadTimeoutMs } = this.options;
      const instance = new WorkerInstance({ createWorker, indexURL, limits, interrupts, loadTimeoutMs });
      this.instance = instance;
      this.starts += 1;
      instance.ready.catch(() => {
        if (this.instance === instance) this.instance = undefined;
      });
    }
    return this.instance.ready;
  }

  private async execute(request: CodeRunRequest, signal: AbortSignal | undefined): Promise<Outcome> {
    let inputs: string;
    try {
      inputs = JSON.stringify(request.inputs ?? {});
    } catch (error) {
      return failure('runtime', `The inputs cannot be passed to Python as JSON: ${(error as Error).message}`);
    }
    let instance: WorkerInstance | 'aborted';
    try {
      instance = await abortable(this.started(), signal);
    } catch (error) {
      return failure('unavailable', `The Python sandbox could not start: ${(error as Error).message}`);
    }
    if (instance === 'aborted') return stopOutcome('stopped', request.timeoutMs, 'interrupt');
    return this.call(instance, request, inputs, signal);
  }

  private call(instance: WorkerInstance, request: CodeRunRequest, inputs: string, signal: AbortSignal | undefined): Promise<Outcome> {
    const id = ++this.nextId;
    const { graceMs, recycleMemoryBytes } = this.options;
    return new Promise<Outcome>((resolve) => {
      let stopReason: 'timeout' | 'stopped' | undefined;
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = (outcome: Outcome): void => {
        clearTimeout(deadline);
        clearTimeout(graceTimer);
        signal?.removeEventListener('abort', onAbort);
        instance.clearInterrupt();
        resolve(outcome);
      };
      const hardStop = (method: StopMethod): void => {
        instance.abandon(id);
        instance.kill('The Python runtime was restarted after a hard stop');
        settle(stopOutcome(stopReason ?? 'timeout', request.timeoutMs, method));
      };
      const stop = (reason: 'timeout' | 'stopped'): void => {
        if (stopReason) return;
        stopReason = reason;
        if (instance.interrupt(SIGINT)) graceTimer = setTimeout(() => hardStop('unresponsive'), graceMs);
        else hardStop('no-interrupt');
      };
      const onAbort = (): void => stop('stopped');
      const deadline = setTimeout(() => stop('timeout'), request.timeoutMs);
      if (instance.dead) {
        settle(failure('runtime', 'The Python runtime stopped unexpectedly; it will restart on the next call'));
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      instance.send(
        { type: 'run', id, code: request.code, inputs, timeoutMs: request.timeoutMs },
        {
          onResult: (message) => {
            if ((!message.ok && message.restart) || message.memoryBytes > recycleMemoryBytes) instance.kill();
            settle(this.outcome(message, stopReason, request.timeoutMs));
          },
          onExit: (reason) => {
            if (reason === DISPOSED) settle(failure('stopped', 'The Python run was stopped: the sandbox was disposed'));
            else if (stopReason) settle(stopOutcome(stopReason, request.timeoutMs, 'crash'));
            else settle(failure('runtime', `The Python runtime stopped unexpectedly (${reason}); it will restart on the next call`));
          },
        },
      );
    });
  }

  private outcome(message: ResultMessage, stopReason: 'timeout' | 'stopped' | undefined, timeoutMs: number): Outcome {
    if (message.ok) {
      try {
        return { ok: true, result: parseResult(message.result), logs: message.logs };
      } catch (error) {
        return failure('result', (error as Error).message, message.logs);
      }
    }
    if (message.errorType === 'interrupted') {
      if (stopReason) return { ...stopOutcome(stopReason, timeoutMs, 'interrupt'), logs: message.logs };
      return failure('runtime', message.error, message.logs);
    }
    const restart = message.restart ? '; the Python runtime will restart on the next call' : '';
    return failure(message.errorType, `${message.error}${restart}`, message.logs);
  }
}

/**
 * One started Pyodide worker, seen from the host: it sends `init`, waits for `ready`, routes
 * validated results to the call waiting for them, and can be killed at any time (after a hard
 * stop, a crash, or when its memory grew too large). PythonSandbox starts a new one lazily.
 */
import {
  INTERRUPT_SLOT,
  type HostMessage,
  type InitMessage,
  type ResultMessage,
  type SandboxLimits,
  workerMessageSchema,
} from './protocol';

/** The host's view of a worker, whatever the platform (worker_threads or Web Worker). */
export interface SandboxWorker {
  post(message: HostMessage): void;
  onMessage(handler: (data: unknown) => void): void;
  /** Called once if the worker dies by itself (uncaught error, exit). */
  onExit(handler: (reason: string) => void): void;
  terminate(): void;
}

export interface WorkerInstanceOptions {
  createWorker: () => SandboxWorker;
  indexURL: string;
  limits: SandboxLimits;
  interrupts: boolean;
  loadTimeoutMs: number;
}

interface PendingCall {
  id: number;
  onResult(message: ResultMessage): void;
  onExit(reason: string): void;
}

export class WorkerInstance {
  readonly ready: Promise<WorkerInstance>;
  /** Slot 0 is Pyodide's interrupt buffer; undefined without SharedArrayBuffer. */
  readonly interruptBuffer: Int32Array | undefined;
  dead = false;
  loadMs = 0;
  private readonly worker: SandboxWorker;
  private pending: PendingCall | undefined;
  private exitListeners: Array<(reason: string) => void> = [];

  constructor(options: WorkerInstanceOptions) {
    this.interruptBuffer = options.interrupts ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    this.worker = options.createWorker();
    this.ready = new Promise<WorkerInstance>((resolve, reject) => {
      const limit = options.loadTimeoutMs;
      const timer = setTimeout(() => {
        reject(new Error(`Pyodide did not load within ${limit >= 1000 ? `${Math.round(limit / 1000)} s` : `${limit} ms`}`));
        this.kill();
      }, limit);
      this.exitListeners.push((reason) => {
        clearTimeout(timer);
        reject(new Error(reason));
      });
      this.worker.onMessage((data) => {
        const parsed = workerMessageSchema.safeParse(data);
        if (!parsed.success) return;
        const message = parsed.data;
        if (message.type === 'ready') {
          clearTimeout(timer);
          this.loadMs = message.loadMs;
          resolve(this);
        } else if (message.type === 'load-error') {
          clearTimeout(timer);
          reject(new Error(message.message));
          this.kill();
        } else if (this.pending && message.id === this.pending.id) {
          const pending = this.pending;
          this.pending = undefined;
          pending.onResult(message);
        }
      });
    });
    // A rejected `ready` is reported to whoever awaits it; never an unhandled rejection.
    this.ready.catch(() => undefined);
    this.worker.onExit((reason) => this.died(reason));
    const init: InitMessage = { type: 'init', indexURL: options.indexURL, limits: options.limits };
    if (this.interruptBuffer) init.interruptBuffer = this.interruptBuffer.buffer as SharedArrayBuffer;
    this.worker.post(init);
  }

  /** Send one run request; exactly one of the callbacks fires unless the instance is killed. */
  send(message: Extract<HostMessage, { type: 'run' }>, call: Omit<PendingCall, 'id'>): void {
    if (this.interruptBuffer) Atomics.store(this.interruptBuffer, INTERRUPT_SLOT, 0);
    this.pending = { id: message.id, ...call };
    this.worker.post(message);
  }

  /** Forget the waiting call (its deadline fired and the worker is about to be killed). */
  abandon(id: number): void {
    if (this.pending?.id === id) this.pending = undefined;
  }

  interrupt(signal: number): boolean {
    if (!this.interruptBuffer) return false;
    Atomics.store(this.interruptBuffer, INTERRUPT_SLOT, signal);
    return true;
  }

  clearInterrupt(): void {
    if (this.interruptBuffer) Atomics.store(this.interruptBuffer, INTERRUPT_SLOT, 0);
  }

  kill(reason = 'The Python runtime was stopped'): void {
    if (this.dead) return;
    this.worker.terminate();
    this.died(reason);
  }

  private died(reason: string): void {
    const first = !this.dead;
    this.dead = true;
    const pending = this.pending;
    this.pending = undefined;
    if (!first) return;
    for (const listener of this.exitListeners) listener(reason);
    this.exitListeners = [];
    pending?.onExit(reason);
  }
}

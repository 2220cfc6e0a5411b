/**
 * The inside of the Pyodide worker, the same in Node (worker_threads) and in the browser
 * (module Web Worker): wait for `init`, load Pyodide, install the harness, harden the realm,
 * then answer `run` requests one at a time. The entry files (node-worker.ts, browser-worker.ts)
 * only supply the loader and the environment-specific hardening.
 */
import type { PyodideAPI } from 'pyodide';
import { z } from 'zod';
import {
  hostMessageSchema,
  type InitMessage,
  type ResultMessage,
  type RunMessage,
  type WorkerErrorType,
  type WorkerMessage,
  workerErrorTypes,
} from './protocol';
import { SANDBOX_HARNESS } from './sandbox-harness';

export interface WorkerEndpoint {
  post(message: WorkerMessage): void;
  listen(handler: (data: unknown) => void): void;
}

export interface PyodideLoadOptions {
  indexURL: string;
  jsglobals: object;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string>;
}

export interface WorkerEnvironment {
  loadPyodide(options: PyodideLoadOptions): Promise<PyodideAPI>;
  /** Called once Pyodide and the harness are in place, before the first run. */
  harden(): void;
}

/** Python returns (status, payload, logs): 'ok' + result JSON, or an error type + message. */
const harnessOutcome = z.tuple([z.union([z.literal('ok'), z.enum(workerErrorTypes)]), z.string(), z.string()]);

interface PyCallableProxy {
  (...args: unknown[]): unknown;
}

interface Harness {
  run: PyCallableProxy;
  pyodide: PyodideAPI;
  /** Set after a fatal error: every later request is refused with restart: true. */
  broken: boolean;
}

function describeLoadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split('\n').slice(-3).join(' ');
}

function memoryBytes(pyodide: PyodideAPI): number {
  try {
    const module = (pyodide as unknown as { _module?: { HEAP8?: { byteLength: number } } })._module;
    return module?.HEAP8?.byteLength ?? 0;
  } catch {
    return 0;
  }
}

function splitLogs(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function loadHarness(init: InitMessage, environment: WorkerEnvironment): Promise<Harness> {
  const ignore = (): void => {};
  const pyodide = await environment.loadPyodide({
    indexURL: init.indexURL,
    jsglobals: Object.create(null) as object,
    stdout: ignore,
    stderr: ignore,
    env: { HOME: '/home/pyodide' },
  });
  if (init.interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(init.interruptBuffer, 0, 1));
  const makeDict = pyodide.globals.get('dict') as PyCallableProxy;
  const namespace = makeDict() as { get(name: string): unknown };
  pyodide.runPython(SANDBOX_HARNESS, { globals: namespace as never, filename: '<sandbox>' });
  const configure = namespace.get('configure') as PyCallableProxy;
  configure(init.limits.logChars, init.limits.resultChars, init.limits.recursionLimit);
  const run = namespace.get('run') as PyCallableProxy;
  return { run, pyodide, broken: false };
}

/** What a JS exception out of the harness means: the harness itself catches Python errors. */
function failureFromThrow(pyodide: PyodideAPI, error: unknown): { error: string; errorType: WorkerErrorType; restart: boolean } {
  const text = error instanceof Error ? error.message.trim() : String(error);
  const lastLine = text.split('\n').slice(-1)[0] ?? text;
  if ((error as { pyodide_fatal_error?: boolean } | null)?.pyodide_fatal_error) {
    // Pyodide is dead; touching its API now would throw again.
    if (/call stack size/i.test(text)) {
      return {
        error: 'RecursionError: the code recursed too deeply and overflowed the stack',
        errorType: 'stack',
        restart: true,
      };
    }
    return { error: `The Python runtime failed: ${lastLine}`, errorType: 'runtime', restart: true };
  }
  // An interrupt that hit the harness itself, outside the user's code.
  let type = '';
  try {
    type = error instanceof pyodide.ffi.PythonError ? error.type : '';
  } catch {
    // Pyodide exited (os._exit) and refuses every use.
    return { error: `The Python runtime exited: ${lastLine}`, errorType: 'runtime', restart: true };
  }
  if (type === 'KeyboardInterrupt') return { error: 'KeyboardInterrupt', errorType: 'interrupted', restart: false };
  return { error: `The Python runtime failed: ${lastLine}`, errorType: 'runtime', restart: type === '' };
}

function runOnce(harness: Harness, request: RunMessage): ResultMessage {
  const { pyodide } = harness;
  let outcome: z.infer<typeof harnessOutcome>;
  try {
    const proxy = harness.run(request.code, request.inputs) as { toJs(): unknown; destroy(): void };
    try {
      outcome = harnessOutcome.parse(proxy.toJs());
    } finally {
      proxy.destroy();
    }
  } catch (error) {
    const failure = failureFromThrow(pyodide, error);
    harness.broken = failure.restart;
    return {
      type: 'result',
      id: request.id,
      ok: false,
      ...failure,
      logs: [],
      memoryBytes: failure.restart ? 0 : memoryBytes(pyodide),
    };
  }
  const [status, payload, logText] = outcome;
  const base = { type: 'result' as const, id: request.id, logs: splitLogs(logText), memoryBytes: memoryBytes(pyodide) };
  return status === 'ok'
    ? { ...base, ok: true, result: payload }
    : { ...base, ok: false, error: payload, errorType: status };
}

/** Serve the protocol on `endpoint` until the worker is terminated. */
export function servePythonWorker(endpoint: WorkerEndpoint, environment: WorkerEnvironment): void {
  let harness: Harness | undefined;
  let loading: Promise<void> | undefined;
  endpoint.listen((data) => {
    const parsed = hostMessageSchema.safeParse(data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'init') {
      if (loading) return;
      const started = performance.now();
      loading = loadHarness(message, environment)
        .then((loaded) => {
          // Never serve from a realm that could not be hardened.
          environment.harden();
          harness = loaded;
          endpoint.post({ type: 'ready', loadMs: performance.now() - started });
        })
        .catch((error: unknown) => endpoint.post({ type: 'load-error', message: describeLoadError(error) }));
      return;
    }
    if (!harness || harness.broken) {
      const error = harness ? 'The Python runtime failed earlier' : 'The Python runtime is not loaded yet';
      endpoint.post({ type: 'result', id: message.id, ok: false, error, errorType: 'runtime', restart: true, logs: [], memoryBytes: 0 });
      return;
    }
    endpoint.post(runOnce(harness, message));
  });
}

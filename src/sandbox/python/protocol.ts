/**
 * The messages between the Python sandbox host (PythonSandbox) and its Pyodide worker.
 * Both sides validate what they receive with these schemas: the worker runs untrusted code,
 * so nothing it says is taken on trust, and the worker only acts on well-formed requests.
 */
import { z } from 'zod';

/** Error types the worker reports; the host turns 'interrupted' into timeout/stopped/runtime. */
export const workerErrorTypes = ['syntax', 'runtime', 'result', 'memory', 'stack', 'interrupted'] as const;
export type WorkerErrorType = (typeof workerErrorTypes)[number];

const sharedArrayBuffer = z.custom<SharedArrayBuffer>(
  (value) => typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer,
  { message: 'expected a SharedArrayBuffer' },
);

export const sandboxLimitsSchema = z.object({
  /** Characters of print() output kept per call; the rest is counted and dropped. */
  logChars: z.number().int().positive(),
  /** Characters of JSON a result may have. */
  resultChars: z.number().int().positive(),
  /**
   * Highest recursion limit sys.setrecursionlimit may set. Python frames live on the JS engine's
   * stack in Pyodide; overflowing it is a fatal error that costs a restart.
   */
  recursionLimit: z.number().int().min(100),
});
export type SandboxLimits = z.infer<typeof sandboxLimitsSchema>;

export const initMessageSchema = z.object({
  type: z.literal('init'),
  /** Where pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip and pyodide-lock.json live. */
  indexURL: z.string().min(1),
  /** Int32 slot 0 is Pyodide's interrupt buffer (write 2 for SIGINT). Absent without isolation. */
  interruptBuffer: sharedArrayBuffer.optional(),
  limits: sandboxLimitsSchema,
});
export type InitMessage = z.infer<typeof initMessageSchema>;

export const runMessageSchema = z.object({
  type: z.literal('run'),
  id: z.number().int().nonnegative(),
  code: z.string(),
  /** The inputs as JSON text of an object: Python reads them with json.loads. */
  inputs: z.string(),
  timeoutMs: z.number().positive(),
});
export type RunMessage = z.infer<typeof runMessageSchema>;

export const hostMessageSchema = z.discriminatedUnion('type', [initMessageSchema, runMessageSchema]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export const readyMessageSchema = z.object({
  type: z.literal('ready'),
  loadMs: z.number().nonnegative(),
});

export const loadErrorMessageSchema = z.object({
  type: z.literal('load-error'),
  message: z.string(),
});

const runOutcome = {
  type: z.literal('result'),
  id: z.number().int().nonnegative(),
  /** print() output, already capped by the worker. */
  logs: z.array(z.string()),
  /** Size of the WebAssembly memory after the call (it never shrinks). */
  memoryBytes: z.number().nonnegative(),
};

export const resultMessageSchema = z.discriminatedUnion('ok', [
  z.object({
    ...runOutcome,
    ok: z.literal(true),
    /** JSON text of the dict main() returned. */
    result: z.string(),
  }),
  z.object({
    ...runOutcome,
    ok: z.literal(false),
    error: z.string(),
    errorType: z.enum(workerErrorTypes),
    /** The interpreter is unusable (a fatal Pyodide error): terminate this worker. */
    restart: z.boolean().optional(),
  }),
]);
export type ResultMessage = z.infer<typeof resultMessageSchema>;

export const workerMessageSchema = z.union([readyMessageSchema, loadErrorMessageSchema, resultMessageSchema]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/** The one slot of the interrupt buffer, and the signal Pyodide turns into KeyboardInterrupt. */
export const INTERRUPT_SLOT = 0;
export const SIGINT = 2;

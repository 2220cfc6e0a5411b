/**
 * The contract of a code sandbox (JavaScript in QuickJS, Python in Pyodide). Dify's calling
 * convention (dify-dsl.md 5.9): define the user's code, call `main` with the inputs, return
 * the result through JSON. Checking the result against declared outputs is the code node's job.
 */

export interface CodeRunRequest {
  code: string;
  inputs: Record<string, unknown>;
  /** Wall-clock limit for this call. */
  timeoutMs: number;
}

export type CodeErrorType = 'timeout' | 'memory' | 'stack' | 'syntax' | 'runtime' | 'result' | 'unavailable' | 'stopped';

export type CodeRunResult =
  | { ok: true; result: unknown; logs: string[]; elapsedMs: number }
  | { ok: false; error: string; errorType: CodeErrorType; logs: string[]; elapsedMs: number };

export interface CodeSandbox {
  run(request: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult>;
  /** Free the runtime (workers, WASM modules). The sandbox may be used again after. */
  dispose(): Promise<void> | void;
}

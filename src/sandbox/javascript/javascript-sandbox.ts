/**
 * The JavaScript code sandbox: one QuickJS WebAssembly module per instance (loaded on first
 * use), a fresh runtime and context per call (run-call.ts).
 *
 * The module is thrown away and a fresh one loaded for the next call when:
 * - the host side failed (the wasm trapped, e.g. the host stack overflowed, or a dispose
 *   asserted): the module may be corrupted; that call returns a clear error;
 * - a call ran out of memory: wasm memory never shrinks, so the next call starts small again.
 *
 * Nothing here touches the DOM or Node APIs; the .wasm location is quickjs-module.ts's business.
 */
import type { CodeErrorType, CodeRunRequest, CodeRunResult, CodeSandbox } from '../code-sandbox';
import { DEFAULT_LOG_LIMITS, type LogLimits } from './log-collector';
import { DEFAULT_MEMORY_LIMIT_BYTES, loadQuickJsModule, type LoadedQuickJs, type QuickJsModuleOptions } from './quickjs-module';
import { runCall, type CallLimits } from './run-call';

export interface JavascriptSandboxOptions {
  /** Cap of the module's memory (all of it: heap, stack, strings). Default 128 MiB. */
  memoryLimitBytes?: number;
  /** Browser: URL of the QuickJS .wasm (browser-wasm-location.ts). Node needs none. */
  wasmLocation?: string;
  /**
   * QuickJS stack limit. Keep it small: QuickJS frames also live on the host's native stack, and
   * above ~40 KiB a Chrome worker's stack overflows first (then the module is corrupted).
   * Default 32 KiB: about 180 frames of a simple recursive function. 0 = no limit (tests only).
   */
  maxStackBytes?: number;
  /** Largest JSON text of a result, in characters. Default 16 Mi. */
  maxResultChars?: number;
  logLimits?: LogLimits;
  /** Replaces the module loader (tests). */
  loadModule?: (options: QuickJsModuleOptions) => Promise<LoadedQuickJs>;
}

export const DEFAULT_STACK_BYTES = 32 * 1024;
export const DEFAULT_MAX_RESULT_CHARS = 16 * 1024 * 1024;

export class JavascriptSandbox implements CodeSandbox {
  private loading: Promise<LoadedQuickJs> | null = null;
  private loads = 0;
  private readonly limits: CallLimits;

  constructor(private readonly options: JavascriptSandboxOptions = {}) {
    this.limits = {
      maxStackBytes: options.maxStackBytes ?? DEFAULT_STACK_BYTES,
      maxResultChars: options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS,
      logs: options.logLimits ?? DEFAULT_LOG_LIMITS,
    };
  }

  /** How many modules this sandbox has loaded so far (a replaced module counts again). */
  get moduleLoads(): number {
    return this.loads;
  }

  async run(request: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult> {
    const started = performance.now();
    const failure = (errorType: CodeErrorType, error: string): CodeRunResult => ({
      ok: false,
      errorType,
      error,
      logs: [],
      elapsedMs: performance.now() - started,
    });
    if (signal?.aborted) return failure('stopped', 'the run was stopped');
    const loading = this.module();
    let quickjs: LoadedQuickJs;
    try {
      quickjs = await loading;
    } catch (error) {
      this.replace(loading);
      return failure('unavailable', `the JavaScript sandbox could not be loaded: ${messageOf(error)}`);
    }
    if (signal?.aborted) return failure('stopped', 'the run was stopped');
    let inputsJson: string;
    try {
      inputsJson = JSON.stringify(request.inputs ?? {});
    } catch (error) {
      return failure('runtime', `the inputs cannot be passed as JSON: ${messageOf(error)}`);
    }
    try {
      const call = { code: request.code, inputsJson, timeoutMs: timeLimit(request.timeoutMs) };
      const { memoryExhausted, ...outcome } = runCall(quickjs, call, this.limits, signal);
      if (memoryExhausted || (!outcome.ok && outcome.errorType === 'memory')) this.replace(loading);
      return { ...outcome, elapsedMs: performance.now() - started };
    } catch (error) {
      this.replace(loading);
      return failure(
        isHostStackOverflow(error) ? 'stack' : 'runtime',
        `the JavaScript sandbox failed internally (${messageOf(error)}); it has been reset for the next call`,
      );
    }
  }

  dispose(): void {
    this.loading = null;
  }

  private module(): Promise<LoadedQuickJs> {
    if (!this.loading) {
      this.loads += 1;
      const load = this.options.loadModule ?? loadQuickJsModule;
      this.loading = load({
        memoryLimitBytes: this.options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES,
        ...(this.options.wasmLocation ? { wasmLocation: this.options.wasmLocation } : {}),
      });
    }
    return this.loading;
  }

  /** Forgets the module `loading` gave, unless another call already replaced it. */
  private replace(loading: Promise<LoadedQuickJs>): void {
    if (this.loading === loading) this.loading = null;
  }
}

/** A missing or endless limit would let `while (true) {}` run forever: cap it. */
export const MAX_TIMEOUT_MS = 10 * 60 * 1000;

function timeLimit(timeoutMs: number): number {
  return Number.isFinite(timeoutMs) ? Math.min(Math.max(0, timeoutMs), MAX_TIMEOUT_MS) : MAX_TIMEOUT_MS;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isHostStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function createJavascriptSandbox(options: JavascriptSandboxOptions = {}): JavascriptSandbox {
  return new JavascriptSandbox(options);
}

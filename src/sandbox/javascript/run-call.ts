/**
 * One code-node call in a fresh QuickJS runtime and context (nothing a call does survives into
 * the next one). Dify's contract (dify-dsl.md 5.9): evaluate the code, call `main(inputs)`
 * synchronously with one plain object built from JSON, JSON.stringify the result inside QuickJS
 * and JSON.parse it outside; it must be an object (a dict).
 *
 * An `async main` returns a Promise. Dify does not await it either: its Node runner stringifies
 * the Promise, which gives `{}`, and the output checks downstream then fail on the missing keys.
 * We do the same (no pending job is ever run) and add a `[sandbox]` note to the logs.
 *
 * Errors thrown by the host side (the wasm module trapped, a dispose assertion) are not caught
 * here: they propagate, and the sandbox replaces the module.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { describeFailure, type CallPhase, type CallFailure } from './error-report';
import { LogCollector, type LogLimits } from './log-collector';
import type { LoadedQuickJs } from './quickjs-module';
import { installConsole } from './console-shim';
import { describeThrown, DRIVER_FILE, installDriver, USER_FILE, type Driver } from './sandbox-driver';

export const PROMISE_NOTE =
  'main returned a Promise: like Dify, the sandbox does not await it, so the result is serialised as {}';

export interface CallRequest {
  code: string;
  /** The inputs object, already as JSON text (never host objects). */
  inputsJson: string;
  timeoutMs: number;
}

export interface CallLimits {
  maxStackBytes: number;
  /** Largest JSON text of a result, in characters. */
  maxResultChars: number;
  logs: LogLimits;
}

/** Memory within this distance of the cap counts as exhausted (the last failed growth step). */
const EXHAUSTED_MARGIN_BYTES = 8 * 1024 * 1024;

export type CallOutcome = (
  | { ok: true; result: unknown; logs: string[] }
  | ({ ok: false; logs: string[] } & CallFailure)
) & { memoryExhausted: boolean };

interface CallState {
  timedOut: boolean;
  stopped: boolean;
  /** Starts the clock: called once the driver is in place, right before the user's code. */
  arm(): void;
}

export function runCall(quickjs: LoadedQuickJs, request: CallRequest, limits: CallLimits, signal?: AbortSignal): CallOutcome {
  const logs = new LogCollector(limits.logs);
  const runtime = quickjs.module.newRuntime();
  const state: CallState = {
    timedOut: false,
    stopped: false,
    arm() {
      const deadline = Date.now() + request.timeoutMs;
      runtime.setInterruptHandler(() => {
        if (signal?.aborted) state.stopped = true;
        else if (Date.now() > deadline) state.timedOut = true;
        return state.stopped || state.timedOut;
      });
    },
  };
  return disposingAfter(
    () => {
      runtime.setMaxStackSize(limits.maxStackBytes);
      return runInContext(quickjs, runtime, request, limits, logs, state);
    },
    () => runtime.dispose(),
  );
}

/**
 * `body()`, then `dispose()`. When both throw, the body's error wins: a dispose assertion after
 * a host stack overflow would otherwise hide the real cause.
 */
function disposingAfter<T>(body: () => T, dispose: () => void): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    try {
      dispose();
    } catch {
      // The module is broken anyway; the caller replaces it because of `error`.
    }
    throw error;
  }
  dispose();
  return result;
}

function runInContext(
  quickjs: LoadedQuickJs,
  runtime: QuickJSRuntime,
  request: CallRequest,
  limits: CallLimits,
  logs: LogCollector,
  state: CallState,
): CallOutcome {
  const context = runtime.newContext();
  const owned: QuickJSHandle[] = [];
  const exhausted = () => quickjs.memory.buffer.byteLength >= quickjs.maximumBytes - EXHAUSTED_MARGIN_BYTES;
  const fail = (phase: CallPhase, driver: Driver, thrown: QuickJSHandle): CallOutcome => {
    const memoryExhausted = exhausted();
    const described = state.stopped || state.timedOut ? null : describeThrown(context, driver, thrown);
    const failure = describeFailure({
      phase,
      timeoutMs: request.timeoutMs,
      timedOut: state.timedOut,
      stopped: state.stopped,
      thrown: described,
      memoryExhausted,
      memoryLimitBytes: quickjs.maximumBytes,
    });
    return { ok: false, ...failure, logs: logs.lines, memoryExhausted };
  };
  const keep = <T extends QuickJSHandle>(handle: T): T => {
    owned.push(handle);
    return handle;
  };
  const run = (): CallOutcome => {
    const driver = installDriver(context, owned);
    installConsole(context, driver, logs, owned);
    state.arm();
    const evaluated = context.evalCode(request.code, USER_FILE);
    if (evaluated.error) return fail('evaluate', driver, keep(evaluated.error));
    keep(evaluated.value);

    // Looked up by name after the code ran, like Dify's runner: function declarations,
    // const/let bindings and a main the code reassigned all work.
    const main = context.evalCode('main', DRIVER_FILE);
    if (main.error) return fail('main', driver, keep(main.error));
    const inputsText = keep(context.newString(request.inputsJson));
    const inputs = context.callFunction(driver.parse, context.undefined, inputsText);
    if (inputs.error) return fail('main', driver, keep(inputs.error));
    const called = context.callFunction(keep(main.value), context.undefined, keep(inputs.value));
    if (called.error) return fail('main', driver, keep(called.error));
    const result = keep(called.value);

    if (isPromise(context, result)) logs.add('note', PROMISE_NOTE);
    const json = context.callFunction(driver.stringify, context.undefined, result);
    if (json.error) return fail('result', driver, keep(json.error));
    return readResult(context, keep(json.value), limits, logs, exhausted());
  };
  return disposingAfter(run, () => {
    for (const handle of owned) if (handle.alive) handle.dispose();
    context.dispose();
  });
}

function readResult(
  context: QuickJSContext,
  json: QuickJSHandle,
  limits: CallLimits,
  logs: LogCollector,
  memoryExhausted: boolean,
): CallOutcome {
  const failure = (error: string): CallOutcome => ({ ok: false, errorType: 'result', error, logs: logs.lines, memoryExhausted });
  if (context.typeof(json) !== 'string') {
    return failure('the main function must return an object (a dict), got undefined (or a function)');
  }
  const lengthHandle = context.getProp(json, 'length');
  const length = context.getNumber(lengthHandle);
  lengthHandle.dispose();
  if (length > limits.maxResultChars) {
    return failure(`the result of main is too large: ${length} characters of JSON (limit ${limits.maxResultChars})`);
  }
  const result: unknown = JSON.parse(context.getString(json));
  if (result === null || typeof result !== 'object' || Array.isArray(result)) {
    const kind = result === null ? 'null' : Array.isArray(result) ? 'an array' : `a ${typeof result}`;
    return failure(`the main function must return an object (a dict), got ${kind}`);
  }
  return { ok: true, result, logs: logs.lines, memoryExhausted };
}

function isPromise(context: QuickJSContext, value: QuickJSHandle): boolean {
  if (context.typeof(value) !== 'object') return false;
  const state = context.getPromiseState(value);
  if (state.type === 'pending') return true;
  if (state.type === 'rejected') {
    state.error.dispose();
    return true;
  }
  if (state.notAPromise) return false;
  state.value.dispose();
  return true;
}

/**
 * Turns what went wrong in one call into the sandbox's `{error, errorType}`: the flags the
 * interrupt handler raised come first (timeout, stop), then what QuickJS threw.
 */
import type { CodeErrorType } from '../code-sandbox';
import { DRIVER_FILE, USER_FILE, type ThrownValue } from './sandbox-driver';

/** Where the call was when it failed. */
export type CallPhase = 'evaluate' | 'main' | 'result';

export interface CallFailure {
  error: string;
  errorType: CodeErrorType;
}

export interface FailureFacts {
  phase: CallPhase;
  timeoutMs: number;
  timedOut: boolean;
  stopped: boolean;
  /** What was thrown, or null when it could not be read. */
  thrown: ThrownValue | null;
  /** The module's memory reached (almost) its cap during the call. */
  memoryExhausted: boolean;
  memoryLimitBytes: number;
}

const MAX_STACK_LINES = 12;

/**
 * The stack without the driver's own frames; runs of one repeated frame (recursion) are
 * folded into one line, and at most a dozen lines are kept.
 */
export function userStack(stack: string): string {
  const frames = stack.split('\n').filter((line) => line.trim() !== '' && !line.includes(DRIVER_FILE));
  const folded: string[] = [];
  for (let i = 0; i < frames.length; ) {
    let run = 1;
    while (frames[i + run] === frames[i]) run += 1;
    folded.push(frames[i] ?? '');
    if (run > 1) folded.push(`    ... the same frame ${run - 1} more times`);
    i += run;
  }
  const kept = folded.slice(0, MAX_STACK_LINES);
  if (folded.length > MAX_STACK_LINES) kept.push(`    ... ${folded.length - MAX_STACK_LINES} more lines`);
  return kept.join('\n');
}

function withStack(head: string, stack: string): string {
  const frames = userStack(stack);
  return frames ? `${head}\n${frames}` : head;
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

function syntaxFailure(thrown: ThrownValue): CallFailure {
  const at = new RegExp(`${USER_FILE.replace('.', '\\.')}:(\\d+)(?::(\\d+))?`).exec(thrown.stack);
  const where = at ? ` (line ${at[1]}${at[2] ? `, column ${at[2]}` : ''})` : '';
  return { errorType: 'syntax', error: `SyntaxError: ${thrown.message}${where}` };
}

export function describeFailure(facts: FailureFacts): CallFailure {
  if (facts.stopped) return { errorType: 'stopped', error: 'the run was stopped' };
  if (facts.timedOut) {
    return { errorType: 'timeout', error: `the code exceeded the time limit of ${facts.timeoutMs} ms` };
  }
  const outOfMemory = `out of memory (the JavaScript sandbox is limited to ${mebibytes(facts.memoryLimitBytes)})`;
  const { thrown } = facts;
  // When QuickJS cannot even allocate the error object, it throws null.
  if (!thrown || (!thrown.isError && thrown.message === 'null' && facts.memoryExhausted)) {
    return facts.memoryExhausted
      ? { errorType: 'memory', error: outOfMemory }
      : { errorType: 'runtime', error: 'the code failed and its error could not be read' };
  }
  if (thrown.isError && thrown.name === 'InternalError') {
    if (thrown.message === 'out of memory') return { errorType: 'memory', error: outOfMemory };
    if (thrown.message === 'string too long') return { errorType: 'memory', error: `${outOfMemory}: string too long` };
  }
  // InternalError from calls, SyntaxError from JSON.parse of a too deeply nested text.
  if (thrown.isError && thrown.message === 'stack overflow') {
    return facts.phase === 'result'
      ? { errorType: 'result', error: 'the result of main is too deeply nested to convert to JSON (stack overflow)' }
      : { errorType: 'stack', error: withStack(`Maximum call stack size exceeded (${thrown.name}: stack overflow)`, thrown.stack) };
  }
  if (facts.phase === 'evaluate' && thrown.isError && thrown.name === 'SyntaxError') return syntaxFailure(thrown);
  const head = thrown.isError ? `${thrown.name}: ${thrown.message}` : `Thrown value (not an Error): ${thrown.message}`;
  if (facts.phase === 'result') {
    return { errorType: 'result', error: `the result of main could not be converted to JSON: ${head}` };
  }
  return { errorType: 'runtime', error: withStack(head, thrown.stack) };
}

/**
 * Hostile and broken code on the real QuickJS sandbox. Every case must end within a bound, give
 * a clear error of the right type (or the right result when the code is legitimate), leave the
 * host untouched, and the NEXT call on the same sandbox must succeed in a pristine context.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeErrorType, CodeRunResult } from '../code-sandbox';
import { createJavascriptSandbox, type JavascriptSandbox } from './index';
import { PROMISE_NOTE } from './run-call';

interface HostileCase {
  name: string;
  code: string;
  timeoutMs?: number;
  /** Wall-clock bound for the whole call; default: the time limit plus 2 s of slack. */
  boundMs?: number;
  expected: { errorType: CodeErrorType; error: RegExp } | { result: unknown };
  inputs?: Record<string, unknown>;
  checkLogs?: (logs: string[]) => void;
}

const LIMIT = 300;
const timeout = { errorType: 'timeout', error: new RegExp(`exceeded the time limit of ${LIMIT} ms`) } as const;
const memory = { errorType: 'memory', error: /^out of memory \(the JavaScript sandbox is limited to 128 MiB\)/ } as const;
const stack = { errorType: 'stack', error: /^Maximum call stack size exceeded/ } as const;
const notDefined = (name: string) => ({ errorType: 'runtime', error: new RegExp(`^ReferenceError: '${name}' is not defined`) }) as const;
const bomb = { timeoutMs: 30_000, boundMs: 15_000 };

const cases: HostileCase[] = [
  // Never-ending code: the deadline stops it wherever it loops.
  { name: 'while (true) {} in main', code: 'function main() { while (true) {} }', expected: timeout },
  { name: 'an endless loop at the top level', code: 'for (;;) {}\nfunction main() { return {}; }', expected: timeout },
  { name: 'an endless loop in a getter during JSON.stringify', code: 'function main() { return { get x() { while (true) {} } }; }', expected: timeout },
  { name: 'an endless loop in toJSON', code: 'function main() { return { toJSON() { for (;;) {} } }; }', expected: timeout },
  { name: 'catching the interrupt to keep looping', code: 'function main() { for (;;) { try { while (true) {} } catch (e) {} } }', expected: timeout },
  { name: 'an endless loop in the message getter of the thrown error', code: "function main() { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { while (true) {} } }); throw e; }", expected: timeout },
  { name: 'main defined by an endless getter', code: "Object.defineProperty(globalThis, 'main', { get() { while (true) {} } });", expected: timeout },
  { name: 'eval of an endless loop', code: "function main() { eval('while (1) {}'); }", expected: timeout },
  { name: 'regex catastrophic backtracking', code: "function main() { return { m: /(a+)+b/.test('a'.repeat(40)) }; }", expected: timeout },
  {
    name: 'a console.log flood',
    code: "function main() { while (true) console.log('spam'); }",
    expected: timeout,
    checkLogs: (logs) => {
      expect(logs).toHaveLength(1001);
      expect(logs.at(-1)).toBe('...truncated');
    },
  },
  // Memory bombs: the wasm memory cap ends them.
  { name: 'string doubling', code: "function main() { let s = 'x'; while (true) { s = (s + s).slice(1) + 'y'; } }", expected: memory, ...bomb },
  { name: 'array push', code: 'function main() { const a = []; while (true) a.push({ n: a.length }); }', expected: memory, ...bomb },
  { name: 'one huge TypedArray', code: 'function main() { return { n: new Uint8Array(2 ** 30).length }; }', expected: memory, ...bomb },
  { name: 'many TypedArrays', code: 'function main() { const a = []; while (true) a.push(new Float64Array(1e6)); }', expected: memory, ...bomb },
  { name: 'repeat beyond the cap', code: "function main() { return { s: 'x'.repeat(2 ** 29) }; }", expected: memory, ...bomb },
  // Stack.
  { name: 'deep recursion', code: 'function main() { function r(n) { return r(n + 1) + 1; } return { v: r(0) }; }', expected: stack },
  { name: 'recursion through a Proxy apply trap', code: 'function main() { const p = new Proxy(function () {}, { apply() { return p(); } }); return { v: p() }; }', expected: stack },
  { name: 'JSON.parse of a deeply nested text', code: "function main() { return JSON.parse('['.repeat(100000) + ']'.repeat(100000)); }", expected: stack },
  // Results that cannot come out.
  { name: 'a deeply nested result', code: 'function main() { let o = {}; for (let i = 0; i < 100000; i++) o = { a: o }; return o; }', expected: { errorType: 'result', error: /too deeply nested/ } },
  { name: 'a huge result', code: "function main() { return { s: 'x'.repeat(17 * 1024 * 1024) }; }", expected: { errorType: 'result', error: /too large: \d+ characters of JSON \(limit 16777216\)/ }, ...bomb },
  { name: 'a BigInt in the result', code: 'function main() { return { n: 10n }; }', expected: { errorType: 'result', error: /could not be converted to JSON: TypeError: .*BigInt/ } },
  { name: 'a cyclic result', code: 'function main() { const o = {}; o.self = o; return o; }', expected: { errorType: 'result', error: /could not be converted to JSON: TypeError: circular reference/ } },
  // Native loops that QuickJS cannot interrupt are refused up front.
  { name: 'indexOf on a sparse array of length 2^32-1', code: 'function main() { const a = []; a.length = 2 ** 32 - 1; return { i: a.indexOf(1) }; }', expected: { errorType: 'runtime', error: /^RangeError: an array-like of length 4294967295 is too long for the sandbox/ } },
  { name: 'join through call on a fake array-like', code: "function main() { return { s: Array.prototype.join.call({ length: 2 ** 53 - 1 }, ',') }; }", expected: { errorType: 'runtime', error: /too long for the sandbox/ } },
  // Tampering with built-ins: only the call itself is affected.
  { name: 'Object.prototype.toJSON tampering', code: "Object.prototype.toJSON = function () { return 'pwned'; };\nfunction main() { return { a: 1 }; }", expected: { errorType: 'result', error: /must return an object \(a dict\), got a string/ } },
  { name: 'JSON.stringify and JSON.parse replaced', code: "JSON.stringify = () => 'hack'; JSON.parse = () => ({ injected: true });\nfunction main(x) { return { a: 1, x }; }", inputs: { n: 5 }, expected: { result: { a: 1, x: { n: 5 } } } },
  {
    name: 'Array and String prototypes broken',
    code: "Array.prototype.push = null; Array.prototype.map = null; Array.prototype.join = null; String.prototype.concat = null;\nfunction main() { console.log('still', { a: 1 }); return { ok: true }; }",
    expected: { result: { ok: true } },
    checkLogs: (logs) => expect(logs).toEqual(['still {"a":1}']),
  },
  { name: 'console and JSON deleted', code: 'globalThis.console = null; delete globalThis.JSON;\nfunction main() { return { ok: 1 }; }', expected: { result: { ok: 1 } } },
  { name: 'a global left for the next call', code: "globalThis.leaked = 'yes'; var alsoLeaked = 1;\nfunction main() { return { set: true }; }", expected: { result: { set: true } } },
  // Escape attempts: there is nothing of the host inside.
  {
    name: 'host globals',
    code: "function main() { return { names: ['process', 'require', 'module', 'fetch', 'window', 'document', 'self', 'Buffer', 'XMLHttpRequest', 'WebAssembly', 'importScripts', 'postMessage'].filter((n) => typeof globalThis[n] !== 'undefined') }; }",
    expected: { result: { names: [] } },
  },
  { name: 'require', code: "function main() { return { fs: require('fs') }; }", expected: notDefined('require') },
  { name: 'fetch', code: "function main() { return fetch('http://127.0.0.1/'); }", expected: notDefined('fetch') },
  { name: 'dynamic import()', code: "function main() { const p = import('fs'); return { kind: typeof p, promise: p instanceof Promise }; }", expected: { result: { kind: 'object', promise: true } } },
  { name: 'a static import', code: "import fs from 'fs';\nfunction main() { return {}; }", expected: { errorType: 'runtime', error: /could not load module 'fs'/ } },
  { name: "Function('return this')()", code: "function main() { const g = Function('return this')(); return { same: g === globalThis, process: typeof g.process }; }", expected: { result: { same: true, process: 'undefined' } } },
  { name: 'constructor.constructor', code: "function main() { return { p: ({}).constructor.constructor('return process')() }; }", expected: notDefined('process') },
  { name: 'Atomics.wait', code: 'function main() { return { r: Atomics.wait(new Int32Array(new SharedArrayBuffer(16)), 0, 0, 10000) }; }', expected: notDefined('Atomics') },
  { name: 'setTimeout', code: 'function main() { setTimeout(() => {}, 1); return {}; }', expected: notDefined('setTimeout') },
  // Promises are never awaited (Dify does not either).
  {
    name: 'await forever',
    code: 'async function main() { await new Promise(() => {}); return { never: true }; }',
    expected: { result: {} },
    checkLogs: (logs) => expect(logs).toEqual([`[sandbox] ${PROMISE_NOTE}`]),
  },
  // Thrown non-Errors.
  { name: 'throw 42', code: 'function main() { throw 42; }', expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): 42$/ } },
  { name: 'throw {a: 1}', code: 'function main() { throw { a: 1 }; }', expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): \{"a":1\}$/ } },
  { name: 'throw null', code: 'function main() { throw null; }', expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): null$/ } },
  { name: 'throw undefined', code: 'function main() { throw undefined; }', expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): undefined$/ } },
  { name: 'throw a string', code: "function main() { throw 'bad'; }", expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): "bad"$/ } },
  { name: 'throw a Symbol', code: "function main() { throw Symbol('s'); }", expected: { errorType: 'runtime', error: /^Thrown value \(not an Error\): Symbol\(s\)$/ } },
  { name: 'throw an unprintable object', code: 'function main() { throw { toString() { throw 1; }, toJSON() { throw 2; } }; }', expected: { errorType: 'runtime', error: /unprintable value/ } },
  // main and eval.
  { name: 'main redefining itself lazily', code: 'function main() { main = function () { return { second: true }; }; return { first: true }; }', expected: { result: { first: true } } },
  { name: 'a syntax error', code: 'function main() {\n  return { a: 1 ;\n}', expected: { errorType: 'syntax', error: /^SyntaxError: .+ \(line 2, column \d+\)$/ } },
  { name: 'eval of legitimate code', code: "function main() { return { a: eval('1 + 1') }; }", expected: { result: { a: 2 } } },
  { name: 'eval of broken code', code: "function main() { eval('syntax('); }", expected: { errorType: 'runtime', error: /^SyntaxError: / } },
];

// Runs in a fresh context only if nothing leaked: prototypes, JSON, console and globals intact.
const FOLLOW_UP = `function main({ n }) {
  const pristine = typeof Object.prototype.toJSON === 'undefined'
    && JSON.stringify({ a: [1] }) === '{"a":[1]}'
    && typeof Array.prototype.push === 'function' && [1, 2].map((x) => x * 2).join() === '2,4'
    && typeof console.log === 'function'
    && typeof globalThis.leaked === 'undefined' && typeof globalThis.alsoLeaked === 'undefined';
  return { n: n + 1, pristine };
}`;

let sandbox: JavascriptSandbox;
beforeAll(() => {
  sandbox = createJavascriptSandbox();
});
afterAll(() => sandbox.dispose());

function check(outcome: CodeRunResult, expected: HostileCase['expected']): void {
  if ('result' in expected) {
    expect(outcome.ok ? outcome.result : `${outcome.errorType}: ${outcome.error}`).toEqual(expected.result);
    return;
  }
  expect(outcome.ok ? 'success' : outcome.errorType).toBe(expected.errorType);
  expect(outcome.ok ? '' : outcome.error).toMatch(expected.error);
}

describe('hostile code', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c, index) => [c.name, c, index] as const))('%s', async (_name, hostile, index) => {
    const timeoutMs = hostile.timeoutMs ?? LIMIT;
    const started = performance.now();
    const outcome = await sandbox.run({ code: hostile.code, inputs: hostile.inputs ?? {}, timeoutMs });
    const wall = performance.now() - started;

    expect(wall).toBeLessThan(hostile.boundMs ?? timeoutMs + 2000);
    check(outcome, hostile.expected);
    hostile.checkLogs?.(outcome.logs);

    const host = {} as Record<string, unknown>;
    expect(host.toJSON).toBeUndefined();
    expect(JSON.stringify({ a: [1] })).toBe('{"a":[1]}');
    expect(typeof Array.prototype.push).toBe('function');

    const next = await sandbox.run({ code: FOLLOW_UP, inputs: { n: index }, timeoutMs: 2000 });
    expect(next).toMatchObject({ ok: true, result: { n: index + 1, pristine: true } });
  });

  it('does not carry a reassigned main over to the next call', async () => {
    const code = 'function main() { main = function () { return { second: true }; }; return { first: true }; }';
    expect(await sandbox.run({ code, inputs: {}, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { first: true } });
    expect(await sandbox.run({ code, inputs: {}, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { first: true } });
  });
});

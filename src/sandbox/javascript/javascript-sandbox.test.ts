/** The JavaScript sandbox's calling convention (Dify's, dify-dsl.md 5.9), on the real QuickJS module. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeRunResult } from '../code-sandbox';
import { createJavascriptSandbox, type JavascriptSandbox } from './index';
import { PROMISE_NOTE } from './run-call';

let sandbox: JavascriptSandbox;
beforeAll(() => {
  sandbox = createJavascriptSandbox();
});
afterAll(() => sandbox.dispose());

const run = (code: string, inputs: Record<string, unknown> = {}, timeoutMs = 2000) => sandbox.run({ code, inputs, timeoutMs });

function resultOf(outcome: CodeRunResult): unknown {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.errorType}: ${outcome.error}`);
  return outcome.result;
}

describe('return values', () => {
  it('returns the object main returns, through JSON', async () => {
    const out = await run('function main({ a, b }) { return { sum: a + b, list: [a, b], nested: { ok: true } }; }', { a: 2, b: 3 });
    expect(resultOf(out)).toEqual({ sum: 5, list: [2, 3], nested: { ok: true } });
  });

  it('drops what JSON drops (undefined, functions) and turns NaN into null', async () => {
    const out = await run('function main() { return { u: undefined, f() {}, n: NaN, d: new Date(0), kept: 1 }; }');
    expect(resultOf(out)).toEqual({ n: null, d: '1970-01-01T00:00:00.000Z', kept: 1 });
  });

  it('accepts arrow functions and const declarations of main', async () => {
    expect(resultOf(await run('const main = (x) => ({ twice: x.n * 2 });', { n: 21 }))).toEqual({ twice: 42 });
    expect(resultOf(await run('let main; main = function (x) { return { v: x.v }; };', { v: 'z' }))).toEqual({ v: 'z' });
  });

  it.each([
    ['an array', 'return [1, 2];'],
    ['null', 'return null;'],
    ['a number', 'return 3;'],
    ['a string', "return 'x';"],
    ['a boolean', 'return true;'],
    ['undefined', 'return undefined;'],
  ])('rejects %s as a result', async (kind, body) => {
    const out = await run(`function main() { ${body} }`);
    expect(out).toMatchObject({ ok: false, errorType: 'result' });
    expect(out.ok ? '' : out.error).toContain('must return an object (a dict)');
    expect(out.ok ? '' : out.error).toContain(kind === 'undefined' ? 'undefined' : kind);
  });

  it('reports a missing main like Node does', async () => {
    const out = await run('function notMain() { return {}; }');
    expect(out).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(out.ok ? '' : out.error).toMatch(/ReferenceError: .*main.* is not defined/);
  });

  it('reports a main that is not a function', async () => {
    const out = await run('var main = 5;');
    expect(out).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(out.ok ? '' : out.error).toMatch(/TypeError/);
  });
});

describe('inputs', () => {
  const everyType = {
    text: 'héllo wörld — 你好 — 😀',
    empty: '',
    int: 42,
    negative: -7.5,
    big: 1e21,
    yes: true,
    no: false,
    nothing: null,
    list: [1, 'two', { three: 3 }, [4]],
    nested: { a: { b: { c: ['deep'] } } },
  };

  it('passes every JSON type through unchanged, unicode included', async () => {
    const out = await run('function main(inputs) { return { echo: inputs, keys: Object.keys(inputs) }; }', everyType);
    expect(resultOf(out)).toEqual({ echo: everyType, keys: Object.keys(everyType) });
  });

  it('gives plain objects built from JSON, not host objects', async () => {
    const out = await run(
      'function main(x) { return { proto: Object.getPrototypeOf(x) === Object.prototype, arr: Array.isArray(x.list), len: x.text.length }; }',
      { list: [1], text: '😀' },
    );
    expect(resultOf(out)).toEqual({ proto: true, arr: true, len: 2 });
  });

  it('treats a __proto__ key as data, not as a prototype', async () => {
    const out = await run('function main(x) { return { own: Object.keys(x.o), polluted: ({}).hacked === true }; }', {
      o: JSON.parse('{"__proto__": {"hacked": true}}') as unknown,
    });
    expect(resultOf(out)).toEqual({ own: ['__proto__'], polluted: false });
  });

  it('receives files as dicts (Dify File.to_dict shape)', async () => {
    const file = {
      dify_model_identity: '__dify__file__',
      type: 'document',
      transfer_method: 'local_file',
      filename: 'report.pdf',
      extension: '.pdf',
      mime_type: 'application/pdf',
      size: 1234,
      url: null,
    };
    const out = await run('function main({ doc, docs }) { return { name: doc.filename, kb: doc.size / 1000, count: docs.length }; }', {
      doc: file,
      docs: [file, file],
    });
    expect(resultOf(out)).toEqual({ name: 'report.pdf', kb: 1.234, count: 2 });
  });

  it('reports inputs that cannot be JSON', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const out = await run('function main() { return {}; }', cyclic);
    expect(out).toMatchObject({ ok: false, errorType: 'runtime' });
  });
});

describe('console', () => {
  it('captures log, info, warn and error, objects as JSON', async () => {
    const out = await run(`function main() {
      console.log('plain', 1, true, null, undefined);
      console.info({ a: [1, 'x'] });
      console.warn('careful');
      console.error(new TypeError('bad'));
      return {};
    }`);
    expect(out.logs[0]).toBe('plain 1 true null undefined');
    expect(out.logs[1]).toBe('{"a":[1,"x"]}');
    expect(out.logs[2]).toBe('[warn] careful');
    expect(out.logs[3]).toMatch(/^\[error\] TypeError: bad/);
  });

  it('prints cyclic objects without failing', async () => {
    const out = await run('function main() { const o = {}; o.o = o; console.log(o); return { ok: 1 }; }');
    expect(resultOf(out)).toEqual({ ok: 1 });
    expect(out.logs).toEqual(['[object Object]']);
  });

  it('keeps the logs of a failing call', async () => {
    const out = await run("function main() { console.log('before'); throw new Error('after'); }");
    expect(out).toMatchObject({ ok: false, logs: ['before'] });
  });

  it('caps the number of lines', async () => {
    const out = await run('function main() { for (let i = 0; i < 5000; i++) console.log(i); return {}; }');
    expect(out.logs).toHaveLength(1001);
    expect(out.logs[999]).toBe('999');
    expect(out.logs[1000]).toBe('...truncated');
  });

  it('caps the total size', async () => {
    const out = await run("function main() { const s = 'x'.repeat(300000); for (let i = 0; i < 10; i++) console.log(s); return {}; }");
    const total = out.logs.reduce((n, line) => n + line.length, 0);
    expect(total).toBeLessThanOrEqual(1024 * 1024 + 20);
    expect(out.logs.at(-1)).toBe('...truncated');
  });
});

describe('async main (Dify does not await it)', () => {
  it('serialises the returned Promise as {} and says so in the logs', async () => {
    const out = await run('async function main({ a }) { return { a }; }', { a: 1 });
    expect(resultOf(out)).toEqual({});
    expect(out.logs).toContain(`[sandbox] ${PROMISE_NOTE}`);
  });

  it('does not run the code after an await', async () => {
    const out = await run("async function main() { await null; console.log('after await'); return { a: 1 }; }");
    expect(resultOf(out)).toEqual({});
    expect(out.logs.some((line) => line.includes('after await'))).toBe(false);
  });

  it('does not surface a rejection either', async () => {
    const out = await run("async function main() { throw new Error('never seen'); }");
    expect(resultOf(out)).toEqual({});
  });
});

describe('errors', () => {
  it('gives the line and column of a syntax error', async () => {
    const out = await run('function main() {\n  return { a: 1 ;\n}');
    expect(out).toMatchObject({ ok: false, errorType: 'syntax' });
    expect(out.ok ? '' : out.error).toMatch(/^SyntaxError: .+ \(line 2, column \d+\)$/);
  });

  it('gives the message and the stack of a runtime error, without the driver frames', async () => {
    const out = await run('function helper() {\n  throw new RangeError("too far");\n}\nfunction main() { return helper(); }');
    expect(out).toMatchObject({ ok: false, errorType: 'runtime' });
    const error = out.ok ? '' : out.error;
    expect(error).toMatch(/^RangeError: too far\n/);
    expect(error).toContain('at helper (user-code.js:2');
    expect(error).toContain('at main (user-code.js:4');
    expect(error).not.toContain('sandbox-driver');
  });

  it('reports an error thrown while the code is evaluated', async () => {
    const out = await run("throw new Error('at load');\nfunction main() { return {}; }");
    expect(out).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(out.ok ? '' : out.error).toMatch(/^Error: at load/);
  });

  it('folds the repeated frames of a stack overflow', async () => {
    const out = await run('function main() {\n  function down(n) { return down(n + 1) + 1; }\n  return { v: down(0) };\n}');
    expect(out).toMatchObject({ ok: false, errorType: 'stack' });
    const lines = (out.ok ? '' : out.error).split('\n');
    expect(lines[0]).toBe('Maximum call stack size exceeded (InternalError: stack overflow)');
    expect(lines[1]).toMatch(/^ +at down \(user-code\.js:2:\d+\)$/);
    expect(lines[2]).toMatch(/^ +\.\.\. the same frame \d+ more times$/);
    expect(lines[3]).toMatch(/^ +at main \(user-code\.js:3:\d+\)$/);
  });

  it('stops at once with a zero time limit', async () => {
    const out = await run('function main() { while (true) {} }', {}, 0);
    expect(out).toMatchObject({ ok: false, errorType: 'timeout', error: 'the code exceeded the time limit of 0 ms' });
    expect(out.elapsedMs).toBeLessThan(1000);
    expect(sandbox.moduleLoads).toBe(1); // the sandbox's own setup is not subject to the limit
  });

  it('measures elapsed time', async () => {
    const out = await run('function main() { const t = Date.now(); while (Date.now() - t < 30) {} return {}; }');
    expect(out.elapsedMs).toBeGreaterThanOrEqual(29);
  });

  it('returns "stopped" for an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = await sandbox.run({ code: 'function main() { return {}; }', inputs: {}, timeoutMs: 1000 }, controller.signal);
    expect(out).toMatchObject({ ok: false, errorType: 'stopped' });
  });
});

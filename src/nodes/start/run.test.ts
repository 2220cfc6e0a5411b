import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { startRun } from './run';

function run(variables: unknown[], userInputs: Record<string, unknown>, pool = new VariablePool()) {
  const data: DslNodeData = { type: 'start', variables };
  return startRun(data, makeRunContext({ data, pool, userInputs }).ctx);
}

async function error(variables: unknown[], userInputs: Record<string, unknown>): Promise<string> {
  const e = await run(variables, userInputs).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NodeRunError);
  return (e as NodeRunError).message;
}

const v = (variable: string, type: string, extra: Record<string, unknown> = {}) => ({ variable, label: variable, type, required: false, ...extra });
const file = { dify_model_identity: FILE_MARKER, filename: 'a.txt', extension: '.txt', type: 'document', transfer_method: 'local_file', mime_type: 'text/plain', size: 1 };

describe('startRun', () => {
  it('outputs the inputs by name, and the system variables as sys.<name>', async () => {
    const pool = new VariablePool();
    pool.setAll('sys', { query: 'hi', files: [], user_id: 'u1' });
    const r = await run([v('q', 'text-input'), v('n', 'number')], { q: 'hello', n: '3', ignored: 1 }, pool);
    expect(r.outputs).toEqual({ q: 'hello', n: 3, 'sys.query': 'hi', 'sys.files': [], 'sys.user_id': 'u1' });
    expect(r.inputs).toEqual({ q: 'hello', n: 3 });
  });

  it('takes sys.* keys given with the inputs', async () => {
    const r = await run([], { 'sys.query': 'from inputs' });
    expect(r.outputs).toEqual({ 'sys.query': 'from inputs' });
  });

  it('requires required inputs, naming them', async () => {
    expect(await error([v('q', 'text-input', { required: true })], {})).toBe('q is required in input form');
    expect(await error([v('q', 'paragraph', { required: true })], { q: null })).toBe('q is required in input form');
  });

  it('uses the default (or null) for a missing optional input, and checks the default too', async () => {
    const r = await run([v('a', 'text-input', { default: 'dflt' }), v('b', 'text-input'), v('c', 'number', { default: '7' })], {});
    expect(r.outputs).toEqual({ a: 'dflt', b: null, c: 7 });
  });

  it('requires strings for text, paragraph and select', async () => {
    expect(await error([v('t', 'text-input')], { t: 5 })).toBe("(type 'text-input') t in input form must be a string");
    expect(await error([v('p', 'paragraph')], { p: ['x'] })).toMatch(/p in input form must be a string/);
  });

  it('reads numbers: a dot gives a float, otherwise an int', async () => {
    const vars = [v('a', 'number'), v('b', 'number'), v('c', 'number'), v('d', 'number'), v('e', 'number')];
    const r = await run(vars, { a: '1.5', b: ' 42 ', c: 7, d: '   ', e: '1_000' });
    expect(r.outputs).toEqual({ a: 1.5, b: 42, c: 7, d: null, e: 1000 });
    expect(await error([v('n', 'number')], { n: 'abc' })).toBe('n in input form must be a valid number');
    expect(await error([v('n', 'number')], { n: '1e5' })).toBe('n in input form must be a valid number');
    expect(await error([v('n', 'number')], { n: { x: 1 } })).toMatch(/n in input form must be a number/);
  });

  it('checks select options', async () => {
    const sel = v('s', 'select', { options: ['a', 'b'] });
    expect((await run([sel], { s: 'b' })).outputs.s).toBe('b');
    expect(await error([sel], { s: 'c' })).toBe("s in input form must be one of the following: ['a', 'b']");
  });

  it('checks text length in characters', async () => {
    const t = v('t', 'text-input', { max_length: 3 });
    expect((await run([t], { t: '😀😀😀' })).outputs.t).toBe('😀😀😀');
    expect(await error([t], { t: 'abcd' })).toBe('t in input form must be less than 3 characters');
    expect((await run([v('t', 'text-input', { max_length: 0 })], { t: 'long text' })).outputs.t).toBe('long text');
  });

  it('checks json_object inputs', async () => {
    expect((await run([v('j', 'json_object')], { j: { a: 1 } })).outputs.j).toEqual({ a: 1 });
    expect(await error([v('j', 'json_object')], { j: '{"a":1}' })).toMatch(/j in input form must be a JSON object/);
    expect(await error([v('j', 'json_object')], { j: [1] })).toMatch(/must be a JSON object/);
  });

  it('reads checkboxes as booleans', async () => {
    const vars = ['a', 'b', 'c', 'd', 'e'].map((n) => v(n, 'checkbox'));
    const r = await run(vars, { a: 'Yes', b: 'off', c: 1, d: 0, e: true });
    expect(r.outputs).toEqual({ a: true, b: false, c: true, d: false, e: true });
  });

  it('checks files and file lists', async () => {
    const r = await run([v('f', 'file'), v('fs', 'file-list', { max_length: 2 }), v('none', 'file')], { f: file, fs: [file, file], none: '' });
    expect(r.outputs).toEqual({ f: file, fs: [file, file], none: null });
    expect(await error([v('f', 'file')], { f: 'a.txt' })).toBe('f in input form must be a file');
    expect(await error([v('fs', 'file-list')], { fs: file })).toBe('fs in input form must be a list of files');
    expect(await error([v('fs', 'file-list', { max_length: 1 })], { fs: [file, file] })).toBe('fs in input form must be less than 1 files');
  });

  it('refuses mappings where the input type has none', async () => {
    expect(await error([v('c', 'checkbox')], { c: { a: 1 } })).toMatch(/Invalid input type for \['c'\]/);
  });

  it('strips NUL characters from strings', async () => {
    expect((await run([v('t', 'text-input')], { t: 'a\0b' })).outputs.t).toBe('ab');
  });
});

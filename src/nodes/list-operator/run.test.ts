import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { listOperatorRun } from './run';

const file = (filename: string, size: number, type = 'document', remote_url: string | null = null): FileValue => ({
  dify_model_identity: FILE_MARKER, filename, extension: filename.slice(filename.lastIndexOf('.')), type, size,
  transfer_method: remote_url ? 'remote_url' : 'local_file', mime_type: 'application/octet-stream', remote_url, url: 'https://signed/x',
});

function run(list: unknown, config: Record<string, unknown>) {
  const pool = new VariablePool();
  pool.setAll('src', { list, min: '3', pos: '2' });
  const data: DslNodeData = { type: 'list-operator', variable: ['src', 'list'], ...config };
  return listOperatorRun(data, makeRunContext({ data, pool }).ctx);
}

const filter = (comparison_operator: string, value: unknown, key = '') => ({ filter_by: { enabled: true, conditions: [{ key, comparison_operator, value }] } });

async function failure(list: unknown, config: Record<string, unknown>): Promise<string> {
  const e = await run(list, config).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NodeRunError);
  return (e as NodeRunError).message;
}

describe('listOperatorRun', () => {
  it('passes the list through when nothing is enabled', async () => {
    const r = await run(['b', 'a'], {});
    expect(r.outputs).toEqual({ result: ['b', 'a'], first_record: 'b', last_record: 'a' });
  });

  it('gives empty results for an empty or null input', async () => {
    for (const empty of [[], null]) {
      expect((await run(empty, filter('contains', 'x'))).outputs).toEqual({ result: [], first_record: null, last_record: null });
    }
  });

  it('fails on a missing variable or an unsupported array', async () => {
    const pool = new VariablePool();
    const data: DslNodeData = { type: 'list-operator', variable: ['src', 'gone'] };
    await expect(listOperatorRun(data, makeRunContext({ data, pool }).ctx)).rejects.toThrow("Variable not found for selector: ['src', 'gone']");
    expect(await failure([{ a: 1 }], {})).toMatch(/is not an array of strings, numbers, booleans or files/);
    expect(await failure('text', {})).toMatch(/is not an array/);
  });

  it('filters strings (templated value)', async () => {
    const list = ['apple', 'banana', '', 'cherry'];
    expect((await run(list, filter('contains', 'an'))).outputs.result).toEqual(['banana']);
    expect((await run(list, filter('not contains', 'an'))).outputs.result).toEqual(['apple', '', 'cherry']);
    expect((await run(list, filter('start with', 'ch'))).outputs.result).toEqual(['cherry']);
    expect((await run(list, filter('end with', 'le'))).outputs.result).toEqual(['apple']);
    expect((await run(list, filter('is', 'apple'))).outputs.result).toEqual(['apple']);
    expect((await run(list, filter('is not', 'apple'))).outputs.result).toEqual(['banana', '', 'cherry']);
    expect((await run(list, filter('empty', ''))).outputs.result).toEqual(['']);
    expect((await run(list, filter('not empty', ''))).outputs.result).toEqual(['apple', 'banana', 'cherry']);
    expect((await run(list, filter('in', 'my apple pie'))).outputs.result).toEqual(['apple', '']);
    expect((await run(list, filter('contains', '{{#src.pos#}}'))).outputs.result).toEqual([]);
    expect(await failure(list, filter('>', '1'))).toBe('Invalid condition: >');
    expect(await failure(list, filter('contains', ['a']))).toBe("Invalid filter value: ['a']");
  });

  it('filters numbers against a float', async () => {
    const list = [1, 2, 3, 4, 5];
    expect((await run(list, filter('≥', '{{#src.min#}}'))).outputs.result).toEqual([3, 4, 5]);
    expect((await run(list, filter('=', '2.0'))).outputs.result).toEqual([2]);
    expect((await run(list, filter('≠', '2'))).outputs.result).toEqual([1, 3, 4, 5]);
    expect((await run(list, filter('<', '2'))).outputs.result).toEqual([1]);
    expect(await failure(list, filter('>', 'abc'))).toMatch(/could not convert string to float/);
    expect(await failure(list, filter('contains', '1'))).toBe('Invalid condition: contains');
  });

  it('filters booleans with a boolean value', async () => {
    expect((await run([true, false, true], filter('is', true))).outputs.result).toEqual([true, true]);
    expect((await run([true, false, true], filter('is not', true))).outputs.result).toEqual([false]);
    expect(await failure([true], filter('is', 'true'))).toBe("Boolean filter expects a boolean value, got <class 'str'>");
  });

  it('filters files by attribute', async () => {
    const files = [file('a.pdf', 10), file('b.png', 500, 'image', 'https://x/b.png'), file('c.PDF', 99)];
    const names = async (config: Record<string, unknown>) => ((await run(files, config)).outputs.result as FileValue[]).map((f) => f.filename);
    expect(await names(filter('in', ['image'], 'type'))).toEqual(['b.png']);
    expect(await names(filter('not in', ['image'], 'type'))).toEqual(['a.pdf', 'c.PDF']);
    expect(await names(filter('>', '50', 'size'))).toEqual(['b.png', 'c.PDF']);
    expect(await names(filter('is', '.pdf', 'extension'))).toEqual(['a.pdf']);
    expect(await names(filter('start with', 'https', 'url'))).toEqual(['b.png']);
    expect(await failure(files, filter('is', 'x', 'colour'))).toBe('Invalid key: colour');
    expect(await failure(files, filter('is', true, 'name'))).toMatch(/File filter expects a string value/);
  });

  it('extracts the nth item (1-based, templated)', async () => {
    expect((await run(['a', 'b', 'c'], { extract_by: { enabled: true, serial: '{{#src.pos#}}' } })).outputs).toEqual({ result: ['b'], first_record: 'b', last_record: 'b' });
    expect(await failure(['a'], { extract_by: { enabled: true, serial: '0' } })).toBe('Invalid serial index: must be >= 1, got 0');
    expect(await failure(['a'], { extract_by: { enabled: true, serial: '2' } })).toBe('Invalid serial index: must be <= 1, got 2');
  });

  it('orders, stably, ascending or descending', async () => {
    expect((await run(['b', 'B', 'a'], { order_by: { enabled: true, value: 'asc' } })).outputs.result).toEqual(['B', 'a', 'b']);
    expect((await run([3, 1, 2], { order_by: { enabled: true, value: 'desc' } })).outputs.result).toEqual([3, 2, 1]);
    expect((await run([true, false], { order_by: { enabled: true, value: 'asc' } })).outputs.result).toEqual([false, true]);
    const files = [file('b.txt', 2), file('a.txt', 3), file('c.txt', 1)];
    const bySize = (await run(files, { order_by: { enabled: true, key: 'size', value: 'desc' } })).outputs.result as FileValue[];
    expect(bySize.map((f) => f.filename)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const byName = (await run(files, { order_by: { enabled: true, key: 'name', value: 'asc' } })).outputs.result as FileValue[];
    expect(byName.map((f) => f.filename)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(await failure(files, { order_by: { enabled: true, key: '', value: 'asc' } })).toBe('Invalid order key: ');
  });

  it('limits with Python slice semantics', async () => {
    expect((await run([1, 2, 3, 4], { limit: { enabled: true, size: 2 } })).outputs.result).toEqual([1, 2]);
    expect((await run([1, 2, 3, 4], { limit: { enabled: true, size: 10 } })).outputs.result).toEqual([1, 2, 3, 4]);
    expect((await run([1, 2, 3, 4], { limit: { enabled: true } })).outputs.result).toEqual([1, 2, 3]);
  });

  it('runs filter -> extract -> order -> limit in that order', async () => {
    const r = await run([5, 1, 4, 2, 3, 6], {
      ...filter('>', '1'), extract_by: { enabled: false, serial: '1' }, order_by: { enabled: true, value: 'desc' }, limit: { enabled: true, size: 2 },
    });
    expect(r.outputs).toEqual({ result: [6, 5], first_record: 6, last_record: 5 });
    const extracted = await run([5, 1, 4], { ...filter('>', '1'), extract_by: { enabled: true, serial: '2' }, limit: { enabled: true, size: 1 } });
    expect(extracted.outputs.result).toEqual([4]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { assignerRun } from './run';

function freshPool(): VariablePool {
  const pool = new VariablePool();
  pool.setAll('conversation', {
    name: 'old', count: 10, flag: false, profile: { a: 1 }, tags: ['a', 'b'], nums: [1, 2], objs: [{ k: 1 }], empty: [],
  });
  pool.setAll('start', { text: 'new', n: 5, list: ['x', 'y'], obj: { z: 1 }, nothing: null, one: 'c' });
  return pool;
}

type Item = { variable_selector: string[]; operation: string; input_type?: string; value?: unknown };
const conv = (name: string) => ['conversation', name];
const item = (name: string, operation: string, input_type: string, value?: unknown): Item => ({ variable_selector: conv(name), operation, input_type, value });

async function runV2(items: Item[], pool = freshPool()) {
  const data: DslNodeData = { type: 'assigner', version: '2', items };
  const result = await assignerRun(data, makeRunContext({ data, pool }).ctx);
  return { result, conversation: pool.entries('conversation') };
}

async function v2Error(items: Item[], pool = freshPool()): Promise<string> {
  const e = await runV2(items, pool).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NodeRunError);
  return (e as NodeRunError).message;
}

describe('assignerRun v2: operations', () => {
  const cases: [string, Item, string, unknown][] = [
    ['over-write a string from a variable', item('name', 'over-write', 'variable', ['start', 'text']), 'name', 'new'],
    ['over-write a string with a constant', item('name', 'over-write', 'constant', 'const'), 'name', 'const'],
    ['set a string', item('name', 'set', 'constant', 'set!'), 'name', 'set!'],
    ['set a boolean', item('flag', 'set', 'constant', true), 'flag', true],
    ['set an object from JSON text', item('profile', 'set', 'constant', '{"b": [1]}'), 'profile', { b: [1] }],
    ['set a number', item('count', 'set', 'constant', 3), 'count', 3],
    ['+=', item('count', '+=', 'constant', 5), 'count', 15],
    ['-=', item('count', '-=', 'constant', 2.5), 'count', 7.5],
    ['*=', item('count', '*=', 'constant', 3), 'count', 30],
    ['/=', item('count', '/=', 'constant', 4), 'count', 2.5],
    ['clear a string', item('name', 'clear', 'variable'), 'name', ''],
    ['clear a number', item('count', 'clear', 'variable'), 'count', 0],
    ['clear a boolean', item('flag', 'clear', 'variable'), 'flag', false],
    ['clear an object', item('profile', 'clear', 'variable'), 'profile', {}],
    ['clear an array', item('tags', 'clear', 'variable'), 'tags', []],
    ['append', item('tags', 'append', 'variable', ['start', 'one']), 'tags', ['a', 'b', 'c']],
    ['append to an empty array', item('empty', 'append', 'variable', ['start', 'text']), 'empty', ['new']],
    ['extend', item('tags', 'extend', 'variable', ['start', 'list']), 'tags', ['a', 'b', 'x', 'y']],
    ['over-write an array from a variable', item('tags', 'over-write', 'variable', ['start', 'list']), 'tags', ['x', 'y']],
    ['remove-first', item('nums', 'remove-first', 'variable'), 'nums', [2]],
    ['remove-last', item('tags', 'remove-last', 'variable'), 'tags', ['a']],
    ['remove-first on an empty array does nothing', item('empty', 'remove-first', 'variable'), 'empty', []],
    ['remove-last on an empty array does nothing', item('empty', 'remove-last', 'variable'), 'empty', []],
    ['append an object', item('objs', 'append', 'variable', ['start', 'obj']), 'objs', [{ k: 1 }, { z: 1 }]],
  ];
  it.each(cases)('%s', async (_, it2, name, expected) => {
    const { result, conversation } = await runV2([it2]);
    expect(conversation[name]).toEqual(expected);
    expect(result.outputs).toEqual({});
    expect(result.processData?.[name]).toEqual(expected);
  });

  it('applies items in order, later items reading earlier writes', async () => {
    const { conversation, result } = await runV2([
      item('count', '+=', 'constant', 1),
      item('count', '*=', 'constant', 2),
      item('name', 'over-write', 'variable', ['start', 'text']),
      item('tags', 'over-write', 'variable', ['start', 'list']),
      item('tags', 'append', 'variable', ['start', 'one']),
    ]);
    expect(conversation.count).toBe(22);
    expect(conversation.tags).toEqual(['x', 'y', 'c']);
    expect(result.processData?.__updated_variables).toEqual([
      { name: 'count', selector: conv('count'), value_type: 'number', new_value: 22 },
      { name: 'name', selector: conv('name'), value_type: 'string', new_value: 'new' },
      { name: 'tags', selector: conv('tags'), value_type: 'array[string]', new_value: ['x', 'y', 'c'] },
    ]);
  });

  it('skips an item whose input variable holds null', async () => {
    const { conversation } = await runV2([item('name', 'over-write', 'variable', ['start', 'nothing'])]);
    expect(conversation.name).toBe('old');
  });

  it('writes loop variables too', async () => {
    const pool = freshPool();
    pool.set('loop1', 'i', 0);
    const data: DslNodeData = { type: 'assigner', version: '2', items: [{ variable_selector: ['loop1', 'i'], operation: '+=', input_type: 'constant', value: 1 }] };
    await assignerRun(data, makeRunContext({ data, pool }).ctx);
    expect(pool.get(['loop1', 'i'])).toBe(1);
  });
});

describe('assignerRun v2: rules', () => {
  const failures: [string, Item[], string | RegExp][] = [
    ['a missing target', [item('nope', 'over-write', 'constant', 'x')], "Variable ['conversation', 'nope'] not found"],
    ['a missing input variable', [item('name', 'over-write', 'variable', ['start', 'gone'])], "Variable ['start', 'gone'] not found"],
    ['set needs a constant', [item('name', 'set', 'variable', ['start', 'text'])], 'Input type variable is not supported for operation set'],
    ['arithmetic needs a constant', [item('count', '+=', 'variable', ['start', 'n'])], 'Input type variable is not supported for operation +='],
    ['arrays refuse constants (append)', [item('tags', 'append', 'constant', 'z')], 'Input type constant is not supported for operation append'],
    ['arrays refuse constants (over-write)', [item('tags', 'over-write', 'constant', ['z'])], 'Input type constant is not supported for operation over-write'],
    ['strings refuse arithmetic', [item('name', '+=', 'constant', 1)], 'Operation += is not supported for type string'],
    ['numbers refuse append', [item('count', 'append', 'variable', ['start', 'n'])], 'Operation append is not supported for type number'],
    ['arrays refuse set', [item('tags', 'set', 'constant', 'x')], 'Operation set is not supported for type array[string]'],
    ['dividing by zero', [item('count', '/=', 'constant', 0)], 'Invalid input value 0'],
    ['a string into a number', [item('count', 'set', 'constant', '5')], 'Invalid input value 5'],
    ['bad JSON into an object', [item('profile', 'set', 'constant', '{oops')], 'Invalid input value {oops'],
    ['a number appended to array[string]', [item('tags', 'append', 'variable', ['start', 'n'])], 'Invalid input value 5'],
    ['an object into a string', [item('name', 'over-write', 'variable', ['start', 'obj'])], /Invalid input value/],
    ['an unknown operation', [item('name', 'replace', 'constant', 'x')], 'Operation replace is not supported for type string'],
  ];
  it.each(failures)('fails on %s', async (_, items, message) => {
    expect(await v2Error(items)).toMatch(message);
  });

  it('writes nothing when a later item fails', async () => {
    const pool = freshPool();
    await v2Error([item('name', 'set', 'constant', 'changed'), item('count', '/=', 'constant', 0)], pool);
    expect(pool.get(conv('name'))).toBe('old');
  });
});

describe('assignerRun v1', () => {
  async function runV1(data: Record<string, unknown>, pool = freshPool()) {
    const full: DslNodeData = { type: 'assigner', ...data };
    const result = await assignerRun(full, makeRunContext({ data: full, pool }).ctx);
    return { result, conversation: pool.entries('conversation') };
  }

  it('over-writes from the input variable', async () => {
    const { conversation, result } = await runV1({ assigned_variable_selector: conv('name'), write_mode: 'over-write', input_variable_selector: ['start', 'text'] });
    expect(conversation.name).toBe('new');
    expect(result.inputs).toEqual({ value: 'new' });
  });

  it('appends', async () => {
    const { conversation } = await runV1({ version: '1', assigned_variable_selector: conv('tags'), write_mode: 'append', input_variable_selector: ['start', 'one'] });
    expect(conversation.tags).toEqual(['a', 'b', 'c']);
  });

  it('clears to the zero value of the type', async () => {
    const { conversation } = await runV1({ assigned_variable_selector: conv('count'), write_mode: 'clear', input_variable_selector: [] });
    expect(conversation.count).toBe(0);
  });

  it('fails on a missing target or input', async () => {
    await expect(runV1({ assigned_variable_selector: conv('nope'), write_mode: 'clear' })).rejects.toThrow('assigned variable not found');
    await expect(runV1({ assigned_variable_selector: conv('name'), write_mode: 'over-write', input_variable_selector: ['start', 'gone'] })).rejects.toThrow('input value not found');
    await expect(runV1({ assigned_variable_selector: conv('name'), write_mode: 'append', input_variable_selector: ['start', 'text'] })).rejects.toThrow(/not an array/);
  });
});

describe('assigner: declared types and shapes Dify does not read', () => {
  it('uses the declared type of an empty array: append of a number to array[string] fails', async () => {
    const { ctx, pool } = makeRunContext({ variableTypes: { 'conversation.tags': 'array[string]' } });
    pool.set('conversation', 'tags', []);
    pool.set('n', 'num', 5);
    pool.set('n', 'word', 'hi');
    const item = (value: string[]) => ({ version: '2', type: 'assigner', title: 'A', items: [{ variable_selector: ['conversation', 'tags'], input_type: 'variable', operation: 'append', value }] });
    await expect(assignerRun(item(['n', 'num']), ctx)).rejects.toThrow();
    await assignerRun(item(['n', 'word']), ctx);
    expect(pool.get(['conversation', 'tags'])).toEqual(['hi']);
  });

  it('says what is missing when neither v1 nor v2 keys are there', async () => {
    const { ctx } = makeRunContext();
    await expect(assignerRun({ type: 'assigner', title: 'A', actions: [] }, ctx)).rejects.toThrow(/neither version 2 items nor a version 1/);
  });
});

import { describe, expect, it } from 'vitest';
import { runWorkflow } from './graph-engine';
import type { EngineEvent } from './events';
import type { RunOptions } from './run-options';
import { codeNode, endNode, startNode, workflow, type EdgeDef, type NodeDef } from '../test-support/workflow-builder';
import { InProcessJs, ScriptedLlm, testServices } from '../test-support/fake-services';

async function run(nodes: NodeDef[], edges: EdgeDef[], extra: Partial<RunOptions> = {}) {
  const events: EngineEvent[] = [];
  const result = await runWorkflow({ document: workflow(nodes, edges), services: testServices(), onEvent: (e) => events.push(e), ...extra });
  const started = events.filter((e) => e.type === 'node_started').map((e) => (e as { nodeId: string }).nodeId);
  return { result, events, started, status: (id: string) => result.nodes.find((n) => n.id === id)?.status };
}

const delay = (ms: number, out: string) => `async function main() { await new Promise(r => setTimeout(r, ${ms})); return { v: '${out}', t: Date.now() } }`;
const returns = (obj: string) => `function main(i) { return ${obj} }`;
const failing = `function main() { throw new Error('boom') }`;

describe('scheduling', () => {
  it('runs a chain and returns the End outputs', async () => {
    const { result } = await run(
      [startNode([{ variable: 'q' }]), codeNode('c', returns('{ up: i.q.toUpperCase() }'), { up: 'string' }, { q: ['start', 'q'] }), endNode('end', { answer: ['c', 'up'] })],
      [['start', 'c'], ['c', 'end']],
      { inputs: { q: 'hi' } },
    );
    expect(result.status).toBe('succeeded');
    expect(result.outputs).toEqual({ answer: 'HI' });
  });

  it('runs parallel branches concurrently and joins them once both finish (AND-join)', async () => {
    const { result, started } = await run(
      [startNode(), codeNode('a', delay(60, 'a'), { v: 'string', t: 'number' }), codeNode('b', delay(60, 'b'), { v: 'string', t: 'number' }),
        codeNode('join', returns('{ s: i.a + i.b }'), { s: 'string' }, { a: ['a', 'v'], b: ['b', 'v'] }), endNode('end', { s: ['join', 's'] })],
      [['start', 'a'], ['start', 'b'], ['a', 'join'], ['b', 'join'], ['join', 'end']],
    );
    expect(result.outputs).toEqual({ s: 'ab' });
    expect(started.filter((id) => id === 'join')).toHaveLength(1);
    const a = result.nodes.find((n) => n.id === 'a')!, b = result.nodes.find((n) => n.id === 'b')!;
    expect(Math.abs(Number(a.outputs!.t) - Number(b.outputs!.t))).toBeLessThan(45); // both waited at once, not 60 ms apart
  });

  it('takes one if-else branch, skips the other with its descendants, and joins (OR-join)', async () => {
    const ifElse: NodeDef = { id: 'if', type: 'if-else', data: { cases: [{ case_id: 'true', logical_operator: 'and', conditions: [{ id: 'c1', variable_selector: ['start', 'q'], comparison_operator: 'is', value: 'yes' }] }] } };
    const nodes = [startNode([{ variable: 'q' }]), ifElse, codeNode('yes', returns("{ r: 'Y' }"), { r: 'string' }), codeNode('no', returns("{ r: 'N' }"), { r: 'string' }),
      codeNode('no2', returns("{ r: 'N2' }"), { r: 'string' }),
      { id: 'agg', type: 'variable-aggregator', data: { output_type: 'string', variables: [['no2', 'r'], ['yes', 'r']] } }, endNode('end', { r: ['agg', 'output'] })];
    const edges: EdgeDef[] = [['start', 'if'], ['if', 'yes', 'true'], ['if', 'no', 'false'], ['no', 'no2'], ['yes', 'agg'], ['no2', 'agg'], ['agg', 'end']];
    const y = await run(nodes, edges, { inputs: { q: 'yes' } });
    expect(y.result.outputs).toEqual({ r: 'Y' });
    expect(y.started).not.toContain('no');
    expect(y.started).not.toContain('no2');
    expect(y.started.filter((id) => id === 'agg')).toHaveLength(1);
    const n = await run(nodes, edges, { inputs: { q: 'nope' } });
    expect(n.result.outputs).toEqual({ r: 'N2' });
    expect(n.started).not.toContain('yes');
  });

  it('fails the run on a dangling edge before running anything', async () => {
    const { result, started } = await run([startNode(), endNode('end', {})], [['start', 'end'], ['start', 'ghost']]);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/does not exist/);
    expect(started).toEqual([]);
  });

  it('ignores notes and starts from the first start node', async () => {
    const note: NodeDef = { id: 'note', type: '', flowType: 'custom-note', data: { text: 'hello' } };
    const { result } = await run([note, startNode(), endNode('end', {})], [['start', 'end']]);
    expect(result.status).toBe('succeeded');
  });
});

describe('error strategies and retry', () => {
  const tail = [codeNode('ok', returns("{ r: 'fine' }"), { r: 'string' }), codeNode('onfail', returns('{ r: i.m }'), { r: 'string' }, { m: ['x', 'error_message'] })];

  it('none: the run fails with the node error', async () => {
    const { result, status } = await run([startNode(), codeNode('x', failing, { r: 'string' }), ...tail], [['start', 'x'], ['x', 'ok']]);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/boom/);
    expect(status('x')).toBe('failed');
    expect(status('ok')).toBeUndefined();
  });

  it('fail-branch: exception status, the fail branch runs with error_message, success branch skipped', async () => {
    const x = codeNode('x', failing, { r: 'string' }, {}, { error_strategy: 'fail-branch' });
    const { result, status, started } = await run([startNode(), x, ...tail, endNode('end', { r: ['onfail', 'r'] })],
      [['start', 'x'], ['x', 'ok', 'source'], ['x', 'onfail', 'fail-branch'], ['onfail', 'end']]);
    expect(status('x')).toBe('exception');
    expect(started).not.toContain('ok');
    expect(result.outputs.r).toMatch(/boom/);
    expect(result.status).toBe('partial-succeeded');
  });

  it('default-value: exception status, defaults plus error outputs, all edges taken', async () => {
    const x = codeNode('x', failing, { r: 'string', list: 'array[number]' }, {}, { error_strategy: 'default-value', default_value: [{ key: 'r', type: 'string', value: 'dflt' }, { key: 'list', type: 'array[number]', value: '[1,2]' }] });
    const { result, status } = await run([startNode(), x, endNode('end', { r: ['x', 'r'], list: ['x', 'list'], t: ['x', 'error_type'] })], [['start', 'x'], ['x', 'end']]);
    expect(status('x')).toBe('exception');
    expect(result.outputs).toMatchObject({ r: 'dflt', list: [1, 2] });
    expect(typeof result.outputs.t).toBe('string');
    expect(result.status).toBe('partial-succeeded');
  });

  it('retries up to max_retries with events, then succeeds; the run is partial-succeeded', async () => {
    let n = 0;
    const flaky = codeNode('x', `function main() { globalThis.__n = (globalThis.__n ?? 0) + 1; if (globalThis.__n < 3) throw new Error('try ' + globalThis.__n); return { r: 'done' } }`, { r: 'string' }, {}, { retry_config: { retry_enabled: true, max_retries: 3, retry_interval: 10 } });
    (globalThis as { __n?: number }).__n = 0;
    const { result, events } = await run([startNode(), flaky, endNode('end', { r: ['x', 'r'] })], [['start', 'x'], ['x', 'end']]);
    n = events.filter((e) => e.type === 'node_retry').length;
    expect(n).toBe(2);
    expect(result.outputs).toEqual({ r: 'done' });
    expect(result.nodes.find((r) => r.id === 'x')!.retries).toBe(2);
    expect(result.status).toBe('partial-succeeded');
    expect(events.filter((e) => e.type === 'node_started' && e.nodeId === 'x')).toHaveLength(1);
  });

  it('gives up after max_retries and then applies the strategy', async () => {
    const x = codeNode('x', failing, { r: 'string' }, {}, { retry_config: { retry_enabled: true, max_retries: 2, retry_interval: 1 } });
    const { result, events } = await run([startNode(), x], [['start', 'x']]);
    expect(events.filter((e) => e.type === 'node_retry')).toHaveLength(2);
    expect(result.status).toBe('failed');
    expect(result.exceptions).toBe(3);
  });
});

describe('limits, stop and pins', () => {
  it('stops at the step limit with a reason', async () => {
    const nodes: NodeDef[] = [startNode()];
    const edges: EdgeDef[] = [];
    for (let i = 0; i < 20; i++) {
      nodes.push(codeNode(`n${i}`, returns('{}'), {}));
      edges.push([i === 0 ? 'start' : `n${i - 1}`, `n${i}`]);
    }
    const { result } = await run(nodes, edges, { limits: { maxSteps: 10 } });
    expect(result.status).toBe('stopped');
    expect(result.reason).toMatch(/step limit of 10/);
    expect(result.steps).toBe(11);
  });

  it('stops at the time limit and when asked to', async () => {
    const slow = [startNode(), codeNode('s', delay(5000, 's'), { v: 'string', t: 'number' })];
    const t0 = Date.now();
    const timed = await run(slow, [['start', 's']], { limits: { maxTimeMs: 100 } });
    expect(timed.result.status).toBe('stopped');
    expect(timed.result.reason).toMatch(/time limit/);
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const stopped = await run(slow, [['start', 's']], { signal: ctrl.signal });
    expect(stopped.result.status).toBe('stopped');
    expect(stopped.result.reason).toMatch(/user/);
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('does not wait for a node that ignores the stop: it is recorded as stopped', async () => {
    const js = new InProcessJs();
    js.honourStop = false;
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const t0 = Date.now();
    const r = await run([startNode(), codeNode('s', delay(5000, 's'), { v: 'string', t: 'number' })], [['start', 's']], { signal: ctrl.signal, services: testServices({ javascript: js }) });
    expect(r.result.status).toBe('stopped');
    expect(r.status('s')).toBe('stopped');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('uses pinned outputs instead of running a node, including the branch a pinned if-else chose', async () => {
    const llm = new ScriptedLlm(() => 'live');
    const nodes: NodeDef[] = [startNode(), { id: 'tool', type: 'tool', data: { provider_id: 'x', tool_name: 'y' } },
      { id: 'if', type: 'if-else', data: { cases: [{ case_id: 'c1', logical_operator: 'and', conditions: [] }] } },
      endNode('a', { v: ['tool', 'text'] }), endNode('b', { v: ['tool', 'text'] })];
    const edges: EdgeDef[] = [['start', 'tool'], ['tool', 'if'], ['if', 'a', 'c1'], ['if', 'b', 'false']];
    const pinned = await run(nodes, edges, { pins: { tool: { text: 'pinned!' }, if: { selected_case_id: 'false' } }, services: testServices({ llm }) });
    expect(pinned.result.status).toBe('succeeded');
    expect(pinned.started).toContain('b');
    expect(pinned.started).not.toContain('a');
    expect(pinned.result.nodes.find((n) => n.id === 'tool')!.pinned).toBe(true);
    const unpinned = await run(nodes, edges);
    expect(unpinned.result.status).toBe('failed');
    expect(unpinned.result.error).toMatch(/Not available locally.*[Pp]in/);
  });
});

describe('iteration', () => {
  const iteration = (extra: Record<string, unknown>, body: string): NodeDef[] => [
    startNode(),
    codeNode('src', returns('{ list: [30, 5, 20, 1, 10] }'), { list: 'array[number]' }),
    { id: 'it', type: 'iteration', data: { iterator_selector: ['src', 'list'], output_selector: ['inner', 'v'], start_node_id: 'itstart', ...extra } },
    { id: 'itstart', type: 'iteration-start', parentId: 'it', data: { isInIteration: true } },
    { ...codeNode('inner', body, { v: 'number' }, { x: ['it', 'item'], i: ['it', 'index'] }), parentId: 'it' },
    endNode('end', { out: ['it', 'output'] }),
  ];
  const edges: EdgeDef[] = [['start', 'src'], ['src', 'it'], ['itstart', 'inner'], ['it', 'end']];
  const sleepy = `async function main({x, i}) { await new Promise(r => setTimeout(r, x)); return { v: x * 10 + i } }`;

  it('keeps item order, sequentially and in parallel', async () => {
    const seq = await run(iteration({}, sleepy), edges);
    expect(seq.result.outputs.out).toEqual([300, 51, 202, 13, 104]);
    const par = await run(iteration({ is_parallel: true, parallel_nums: 5 }, sleepy), edges);
    expect(par.result.outputs.out).toEqual([300, 51, 202, 13, 104]);
    expect(par.result.elapsedMs).toBeLessThan(seq.result.elapsedMs);
    const its = par.events.filter((e) => e.type === 'node_started' && e.nodeId === 'inner');
    expect(its.map((e) => (e as { iterationIndex?: number }).iterationIndex).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  const failOnOdd = `function main({x, i}) { if (i % 2) throw new Error('odd ' + i); return { v: x } }`;
  it('applies error_handle_mode', async () => {
    const term = await run(iteration({ error_handle_mode: 'terminated' }, failOnOdd), edges);
    expect(term.result.status).toBe('failed');
    expect(term.result.error).toMatch(/odd 1/);
    const cont = await run(iteration({ error_handle_mode: 'continue-on-error' }, failOnOdd), edges);
    expect(cont.result.outputs.out).toEqual([30, null, 20, null, 10]);
    expect(cont.result.status).toBe('succeeded'); // failures inside bodies do not count
    const drop = await run(iteration({ error_handle_mode: 'remove-abnormal-output' }, failOnOdd), edges);
    expect(drop.result.outputs.out).toEqual([30, 20, 10]);
  });

  it('flattens nested lists unless flatten_output is false', async () => {
    const pairs = `function main({x}) { return { v: [x, x] } }`;
    const nodes = iteration({}, pairs);
    (nodes[4]!.data!.outputs as Record<string, unknown>).v = { type: 'array[number]', children: null };
    expect((await run(nodes, edges)).result.outputs.out).toEqual([30, 30, 5, 5, 20, 20, 1, 1, 10, 10]);
    (nodes[2]!.data as Record<string, unknown>).flatten_output = false;
    expect((await run(nodes, edges)).result.outputs.out).toEqual([[30, 30], [5, 5], [20, 20], [1, 1], [10, 10]]);
  });

  it('gives an empty output for an empty or missing iterator', async () => {
    const nodes = iteration({}, sleepy);
    nodes[1] = codeNode('src', returns('{ list: [] }'), { list: 'array[number]' });
    const r = await run(nodes, edges);
    expect(r.result.outputs.out).toEqual([]);
    expect(r.started).not.toContain('inner');
  });
});

describe('answer streaming', () => {
  it('streams literal text, then LLM chunks live, then the rest, in order', async () => {
    const llm = new ScriptedLlm(() => ['Hel', 'lo', '!']);
    const nodes: NodeDef[] = [startNode(),
      { id: 'llm', type: 'llm', data: { model: { provider: 'openai', name: 'm', mode: 'chat', completion_params: {} }, prompt_template: [{ role: 'user', text: 'hi' }] } },
      { id: 'ans', type: 'answer', data: { answer: 'Bot says: {{#llm.text#}} (done)' } }];
    const events: EngineEvent[] = [];
    const result = await runWorkflow({ document: workflow(nodes, [['start', 'llm'], ['llm', 'ans']], 'advanced-chat'), services: testServices({ llm }), inputs: { 'sys.query': 'hi' }, onEvent: (e) => events.push(e) });
    expect(result.status).toBe('succeeded');
    const chunks = events.filter((e) => e.type === 'text_chunk').map((e) => (e as { text: string }).text);
    expect(chunks).toEqual(['Bot says: ', 'Hel', 'lo', '!', ' (done)']);
    const firstChunk = events.findIndex((e) => e.type === 'text_chunk');
    const llmDone = events.findIndex((e) => e.type === 'node_finished' && e.nodeId === 'llm');
    expect(firstChunk).toBeLessThan(llmDone); // streamed before the LLM finished
    expect(result.answer).toBe('Bot says: Hello! (done)');
  });
});

describe('loop', () => {
  const loop = (extra: Record<string, unknown>, withEnd = false): { nodes: NodeDef[]; edges: EdgeDef[] } => ({
    nodes: [
      startNode(),
      { id: 'lp', type: 'loop', data: { start_node_id: 'lpstart', loop_count: 5, logical_operator: 'and', loop_variables: [{ id: 'v', label: 'count', var_type: 'number', value_type: 'constant', value: '0' }], break_conditions: [], ...extra } },
      { id: 'lpstart', type: 'loop-start', parentId: 'lp', data: { isInLoop: true } },
      { ...codeNode('inc', returns('{ n: i.c + 1 }'), { n: 'number' }, { c: ['lp', 'count'] }), parentId: 'lp' },
      { id: 'set', type: 'assigner', parentId: 'lp', data: { version: '2', items: [{ variable_selector: ['lp', 'count'], input_type: 'variable', operation: 'over-write', value: ['inc', 'n'] }] } },
      ...(withEnd ? [{ id: 'stop', type: 'loop-end', parentId: 'lp', data: {} } as NodeDef] : []),
      endNode('end', { count: ['lp', 'count'], rounds: ['lp', 'loop_round'] }),
    ],
    edges: [['start', 'lp'], ['lpstart', 'inc'], ['inc', 'set'], ...(withEnd ? [['set', 'stop'] as EdgeDef] : []), ['lp', 'end']],
  });
  const atLeast = (n: number) => [{ id: 'b', variable_selector: ['lp', 'count'], comparison_operator: '≥', value: String(n) }];

  it('runs loop_count rounds, with assigner writes persisting across rounds', async () => {
    const { nodes, edges } = loop({});
    const { result } = await run(nodes, edges);
    expect(result.outputs).toEqual({ count: 5, rounds: 5 });
  });

  it('checks break conditions after each round and before the first', async () => {
    const after = loop({ break_conditions: atLeast(3) });
    expect((await run(after.nodes, after.edges)).result.outputs).toEqual({ count: 3, rounds: 3 });
    const before = loop({ break_conditions: atLeast(0) });
    const r = await run(before.nodes, before.edges);
    expect(r.result.outputs).toEqual({ count: 0, rounds: 0 });
    expect(r.started).not.toContain('inc');
  });

  it('stops after the round in which loop-end runs', async () => {
    const { nodes, edges } = loop({}, true);
    expect((await run(nodes, edges)).result.outputs).toEqual({ count: 1, rounds: 1 });
  });
});

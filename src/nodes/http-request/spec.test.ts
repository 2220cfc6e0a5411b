import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { httpRequestSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'http-request';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, httpRequestSpec.schema);

const LEGACY = fixture('chatflow-legacy-shapes.yml');

describe(`${TYPE} fixtures`, () => {
  it('holds a current node that passes its check', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(httpRequestSpec.check(node.data, ctx)).toBeUndefined();
    expect(httpRequestSpec.usedSelectors(node.data)).toEqual([['1718600000001', 'topic']]);
  });

  it('keeps a legacy string body and a missing retry_config as they are', () => {
    const r = parse(LEGACY);
    if (!r.ok) throw new Error('legacy fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(typeof (node.data.body as { data: unknown }).data).toBe('string');
    expect(node.data.retry_config).toBeUndefined();
    expect(httpRequestSpec.usedSelectors(node.data)).toEqual([['sys', 'query']]);
    expect(serialize(r.document)).toBe(LEGACY);
  });

  it('rejects headers written as a mapping, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.headers = { Accept: 'application/json' }; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.headers`);
      expect(result.errors[0]!.message).toMatch(/expected text, got a mapping/);
    }
  });

  it('rejects a body item key that is a number, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.body = { type: 'form-data', data: [{ key: 7, type: 'text', value: 'v' }] }; });
    expect(!result.ok && result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.body.data[0].key`);
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, method: 'post', url: 'https://x.test/{{#1.path#}}', headers: 'A:{{#2.h#}}', params: 'q:{{#3.q#}}',
  body: { type: 'json', data: [{ type: 'text', value: '{"a": "{{#4.v#}}"}' }] }, ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs body, status_code, headers and files', () => {
    expect(httpRequestSpec.outputs(node({}), ctx).map((o) => `${o.variable}:${o.type}`))
      .toEqual(['body:string', 'status_code:number', 'headers:object', 'files:array[file]']);
  });

  it('reports the first problem', () => {
    expect(httpRequestSpec.check(node({}), ctx)).toBeUndefined();
    expect(httpRequestSpec.check(node({ url: '' }), ctx)).toBe('URL is required');
    expect(httpRequestSpec.check(node({ body: { type: 'binary', data: [{ type: 'file', file: [] }] } }), ctx))
      .toBe('A file variable is required for a binary body');
    expect(httpRequestSpec.check(node({ body: { type: 'binary', data: [{ type: 'file', file: ['1', 'f'] }] } }), ctx)).toBeUndefined();
  });

  it('lists references in url, headers, params and body, and binary file selectors', () => {
    expect(httpRequestSpec.usedSelectors(node({}))).toEqual([['1', 'path'], ['2', 'h'], ['3', 'q'], ['4', 'v']]);
    expect(httpRequestSpec.usedSelectors(node({ url: 'https://x', headers: '', params: '', body: { type: 'binary', data: [{ file: ['5', 'f'] }] } })))
      .toEqual([['5', 'f']]);
  });

  it('starts as a GET with retry on (3 tries, 100 ms)', () => {
    const d = httpRequestSpec.defaults(ctx);
    expect(d.method).toBe('get');
    expect(d.retry_config).toEqual({ retry_enabled: true, max_retries: 3, retry_interval: 100 });
    expect(d.body).toEqual({ type: 'none', data: [] });
  });
});

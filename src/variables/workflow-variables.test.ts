import { describe, expect, it } from 'vitest';
import { parse, type DslDocument, type DslNode } from '../dsl';
import { WorkflowVariables, availableVariables, elementType } from './workflow-variables';
import { fixtureFiles } from '../test-support/corpus';

function fixture(name: string): DslDocument {
  const f = fixtureFiles().find((x) => x.name === name);
  if (!f) throw new Error(`fixture ${name} missing`);
  const r = parse(f.text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.document;
}

const node = (id: string, type: string, data: Record<string, unknown> = {}, extra: Partial<DslNode> = {}): DslNode => ({
  id, type: 'custom', position: { x: 0, y: 0 }, data: { type, title: id, ...data }, ...extra,
});

function doc(nodes: DslNode[], edges: [string, string, string?][], mode: 'workflow' | 'advanced-chat' = 'workflow'): DslDocument {
  return {
    version: '0.6.0', kind: 'app', app: { mode, name: 't' },
    workflow: {
      graph: { nodes, edges: edges.map(([source, target, sourceHandle]) => ({ source, target, sourceHandle: sourceHandle ?? 'source', targetHandle: 'target' })) },
      environment_variables: [{ name: 'API', value: 'x', value_type: 'string' }],
      conversation_variables: [{ name: 'memo', value: '', value_type: 'string' }],
    },
  };
}

const start = node('s', 'start', { variables: [{ variable: 'q', label: 'q', type: 'text-input' }, { variable: 'n', label: 'n', type: 'number' }] }, { position: { x: 0, y: 0 } });

describe('available variables', () => {
  it('offers upstream outputs only, nearest (rightmost) first, start last, then env and sys', () => {
    const d = doc([
      start,
      node('a', 'template-transform', { template: 'x', variables: [] }, { position: { x: 300, y: 0 } }),
      node('b', 'code', { code: '', code_language: 'javascript', variables: [], outputs: { out: { type: 'number', children: null } } }, { position: { x: 600, y: 0 } }),
      node('c', 'end', { outputs: [] }, { position: { x: 900, y: 0 } }),
    ], [['s', 'a'], ['a', 'b'], ['b', 'c']]);
    const groups = availableVariables(d, 'b');
    expect(groups.map((g) => g.nodeId)).toEqual(['a', 's', 'env', 'sys']);
    expect(groups[0]!.vars).toEqual([{ variable: 'output', selector: ['a', 'output'], type: 'string' }]);
    const startVars = groups[1]!.vars.map((v) => [v.selector.join('.'), v.type]);
    expect(startVars).toEqual([['s.q', 'string'], ['s.n', 'number'], ['sys.files', 'array[file]']]);
    expect(groups[1]!.vars[2]!.children?.map((c) => c.variable)).toContain('extension');
    expect(groups.at(-1)!.vars.map((v) => v.variable)).toContain('timestamp');
    expect(availableVariables(d, 'c')[0]!.vars[0]).toMatchObject({ selector: ['b', 'out'], type: 'number' });
  });

  it('adds error outputs to nodes with an error strategy, and chat-only groups in chatflows', () => {
    const d = doc([
      start,
      node('h', 'http-request', { method: 'get', url: 'http://x', error_strategy: 'fail-branch' }),
      node('ans', 'answer', { answer: '' }),
    ], [['s', 'h'], ['h', 'ans', 'fail-branch']], 'advanced-chat');
    const groups = availableVariables(d, 'ans');
    const http = groups.find((g) => g.nodeId === 'h')!;
    expect(http.vars.map((v) => v.variable)).toEqual(['body', 'status_code', 'headers', 'files', 'error_message', 'error_type']);
    expect(groups.map((g) => g.kind)).toEqual(['node', 'node', 'environment', 'conversation', 'system']);
    expect(groups.find((g) => g.nodeId === 's')!.vars.map((v) => v.selector.join('.'))).toContain('sys.query');
    expect(groups.at(-1)!.vars.map((v) => v.variable)).toContain('conversation_id');
  });

  it('gives children of an iteration the current item (typed by the iterator) and index', () => {
    const d = doc([
      start,
      node('code1', 'code', { code: '', variables: [], outputs: { list: { type: 'array[number]', children: null } } }),
      node('it', 'iteration', { iterator_selector: ['code1', 'list'], output_selector: ['inner', 'output'], start_node_id: 'itstart' }),
      node('itstart', 'iteration-start', { isInIteration: true }, { type: 'custom-iteration-start', parentId: 'it' }),
      node('inner', 'template-transform', { template: '', variables: [], isInIteration: true, iteration_id: 'it' }, { parentId: 'it' }),
    ], [['s', 'code1'], ['code1', 'it'], ['itstart', 'inner']]);
    const groups = availableVariables(d, 'inner');
    expect(groups[0]).toMatchObject({ kind: 'iteration', nodeId: 'it' });
    expect(groups[0]!.vars).toEqual([
      { variable: 'item', selector: ['it', 'item'], type: 'number' },
      { variable: 'index', selector: ['it', 'index'], type: 'number' },
    ]);
    expect(groups.map((g) => g.nodeId)).not.toContain('it'.concat('x'));
    expect(groups.filter((g) => g.nodeId === 'it')).toHaveLength(1);
    expect(groups.map((g) => g.nodeId)).toContain('code1');
  });

  it('lets a loop and its children see the loop variables', () => {
    const d = doc([
      start,
      node('lp', 'loop', { start_node_id: 'lpstart', loop_count: 3, loop_variables: [{ id: 'v1', label: 'count', var_type: 'number', value_type: 'constant', value: '0' }] }),
      node('lpstart', 'loop-start', { isInLoop: true }, { type: 'custom-loop-start', parentId: 'lp' }),
      node('inner', 'assigner', { version: '2', items: [], isInLoop: true, loop_id: 'lp' }, { parentId: 'lp' }),
    ], [['s', 'lp'], ['lpstart', 'inner']]);
    const own = availableVariables(d, 'lp').find((g) => g.nodeId === 'lp');
    expect(own?.vars).toEqual([{ variable: 'count', selector: ['lp', 'count'], type: 'number' }]);
    expect(availableVariables(d, 'inner').find((g) => g.nodeId === 'lp')?.vars[0]?.variable).toBe('count');
  });

  it('resolves the type at a nested selector and survives a cyclic graph', () => {
    const d = doc([
      start,
      node('a', 'code', { code: '', variables: [], outputs: { o: { type: 'object', children: null } } }),
      node('b', 'code', { code: '', variables: [], outputs: { p: { type: 'string', children: null } } }),
    ], [['s', 'a'], ['a', 'b'], ['b', 'a']]);
    const vars = new WorkflowVariables(d);
    expect(vars.typeAt('b', ['a', 'o'])).toBe('object');
    expect(vars.typeAt('b', ['sys', 'files', 'name'])).toBe('string');
    expect(vars.typeAt('b', ['nope', 'x'])).toBeUndefined();
    expect(vars.availableFor('a').map((g) => g.nodeId)).toContain('b');
  });

  it('maps iterator types to item types as Dify does', () => {
    expect(['array[string]', 'array[number]', 'array[object]', 'array[file]', 'array', 'string'].map(elementType))
      .toEqual(['string', 'number', 'object', 'file', 'object', 'string']);
  });

  it('works on our fixture with an iteration', () => {
    const d = fixture('workflow-logic-blocks.yml');
    const inside = d.workflow.graph.nodes.find((n) => n.parentId && n.data.isInIteration && n.type === 'custom')!;
    const groups = availableVariables(d, inside.id);
    expect(groups[0]!.kind).toBe('iteration');
  });
});

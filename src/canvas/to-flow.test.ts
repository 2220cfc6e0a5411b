import { describe, expect, it } from 'vitest';
import { parse, type DslEdge, type DslNode } from '../dsl';
import { corpusFiles, fixtureFiles, hasCorpus, type DslFile } from '../test-support/corpus';
import { orderParentsFirst, rendererFor, toFlowGraph, toFlowNodes } from './to-flow';

/** Composed like a Dify export: start -> if-else -> (iteration with a start child and a code node | note). */
const nodes: DslNode[] = [
  { id: '1711', type: 'custom', position: { x: 80, y: 282 }, positionAbsolute: { x: 80, y: 282 }, width: 244, height: 90, selected: true, data: { type: 'start', title: 'User Input', desc: '', variables: [] } },
  { id: 'code1', type: 'custom', parentId: 'iter', position: { x: 128, y: 68 }, zIndex: 1002, width: 244, height: 54, data: { type: 'code', title: 'Upper <b>case</b>', isInIteration: true, iteration_id: 'iter' } },
  { id: 'iterstart', type: 'custom-iteration-start', parentId: 'iter', position: { x: 24, y: 68 }, zIndex: 1002, draggable: false, selectable: false, width: 44, height: 48, data: { type: 'iteration-start', title: '', desc: '', isInIteration: true } },
  { id: 'iter', type: 'custom', position: { x: 700, y: 200 }, zIndex: 1, width: 508, height: 204, data: { type: 'iteration', title: 'Iteration', start_node_id: 'iterstart', width: 508, height: 204 } },
  { id: 'ifelse', type: 'custom', position: { x: 380, y: 282 }, data: { type: 'if-else', title: 'IF/ELSE', cases: [{ case_id: 'true', conditions: [] }] } },
  { id: 'note', type: 'custom-note', position: { x: 80, y: 80 }, width: 240, height: 88, data: { type: '', title: '', desc: '', text: '{"root":{}}', theme: 'blue', width: 240, height: 88 } },
  { id: 'group', type: 'custom-group', position: { x: 0, y: 600 }, data: { type: '' } },
];
const edges: DslEdge[] = [
  { id: '1711-source-ifelse-target', source: '1711', sourceHandle: 'source', target: 'ifelse', targetHandle: 'target', type: 'custom', zIndex: 0 },
  { id: 'ifelse-true-iter-target', source: 'ifelse', sourceHandle: 'true', target: 'iter', targetHandle: 'target', type: 'custom' },
  { id: 'ifelse-false-iter-target', source: 'ifelse', sourceHandle: 'false', target: 'iter', targetHandle: 'target', type: 'custom' },
  { source: 'iterstart', target: 'code1', type: 'custom', zIndex: 1002 },
  { id: 'ifelse-true-iter-target', source: 'ifelse', sourceHandle: 'true', target: 'iter', targetHandle: 'target' },
  { id: 'dangling', source: 'ifelse', sourceHandle: 'false', target: 'gone' },
];

describe('rendererFor', () => {
  it.each([
    ['custom', 'block'], ['custom-note', 'note'], ['custom-simple', 'simple'],
    ['custom-iteration-start', 'container-start'], ['custom-loop-start', 'container-start'],
    ['custom-group', 'canvas-only'], ['constructor', 'canvas-only'], [undefined, 'block'],
  ])('%s -> %s', (type, key) => expect(rendererFor(type)).toBe(key));
});

describe('toFlowGraph on a Dify-like graph', () => {
  const flow = toFlowGraph({ nodes, edges });
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));

  it('keeps every node with its id, position, size and zIndex', () => {
    expect(flow.nodes).toHaveLength(nodes.length);
    expect(byId.get('1711')).toMatchObject({ type: 'block', position: { x: 80, y: 282 }, initialWidth: 244, initialHeight: 90 });
    expect(byId.get('1711')?.width).toBeUndefined();
    expect(byId.get('iter')).toMatchObject({ width: 508, height: 204, zIndex: 1 });
    expect(byId.get('note')).toMatchObject({ width: 240, height: 88 });
    // Cards read the DSL data itself: the same object, so a card changes only with its node.
    expect(byId.get('code1')?.data.nodeData).toBe(nodes.find((n) => n.id === 'code1')!.data);
    expect(byId.get('code1')).toMatchObject({ parentId: 'iter', position: { x: 128, y: 68 }, zIndex: 1002 });
  });

  it('maps React Flow types to our renderer keys and keeps container-start flags', () => {
    expect(byId.get('iterstart')).toMatchObject({ type: 'container-start', draggable: false, selectable: false, parentId: 'iter' });
    expect(byId.get('note')?.type).toBe('note');
    expect(byId.get('group')?.type).toBe('canvas-only');
  });

  it('puts parents before their children', () => {
    const index = (id: string) => flow.nodes.findIndex((n) => n.id === id);
    expect(index('iter')).toBeLessThan(index('code1'));
    expect(index('iter')).toBeLessThan(index('iterstart'));
  });

  it('carries title and block type as plain data', () => {
    expect(byId.get('code1')?.data).toMatchObject({ title: 'Upper <b>case</b>', blockType: 'code' });
    expect(byId.get('note')?.data).toMatchObject({ title: '', blockType: '', sourceHandles: [], hasTarget: false });
  });

  it('gives each node the source handles its edges leave from', () => {
    expect(byId.get('ifelse')?.data.sourceHandles).toEqual(['true', 'false']);
    expect(byId.get('1711')?.data.sourceHandles).toEqual(['source']);
    expect(byId.get('code1')?.data.sourceHandles).toEqual(['source']);
  });

  it('ignores the persisted selected flag', () => {
    expect(byId.get('1711')?.selected).toBeUndefined();
    const withSelection = toFlowGraph({ nodes, edges }, new Set(['ifelse']));
    expect(withSelection.nodes.find((n) => n.id === 'ifelse')?.selected).toBe(true);
  });

  it('maps edges, fills missing ids and handles, drops duplicates and dangling edges', () => {
    expect(flow.edges.map((e) => e.id)).toEqual([
      '1711-source-ifelse-target', 'ifelse-true-iter-target', 'ifelse-false-iter-target', 'iterstart-source-code1-target',
    ]);
    expect(flow.edges[3]).toMatchObject({ source: 'iterstart', target: 'code1', sourceHandle: 'source', targetHandle: 'target' });
    expect(flow.edges[3]).not.toHaveProperty('zIndex'); // React Flow lifts it to the children's level
  });
});

describe('orderParentsFirst', () => {
  it('drops a missing or cyclic parent instead of failing', () => {
    const out = orderParentsFirst([
      { id: 'a', parentId: 'b', data: { type: 'code' } },
      { id: 'b', parentId: 'a', data: { type: 'code' } },
      { id: 'c', parentId: 'nowhere', data: { type: 'code' } },
    ]);
    expect(out.map((o) => o.node.id)).toEqual(['b', 'a', 'c']);
    expect(out.map((o) => o.parentId)).toEqual([undefined, 'b', undefined]);
  });
});

describe('toFlowNodes cache', () => {
  it('reuses views of unchanged nodes and rebuilds changed ones', () => {
    const first = toFlowNodes({ nodes, edges });
    const moved = nodes.map((n) => (n.id === 'ifelse' ? { ...n, position: { x: 1, y: 2 } } : n));
    const second = toFlowNodes({ nodes: moved, edges }, { selected: new Set(['1711']), previous: first.cache });
    const pick = (list: typeof first.nodes, id: string) => list.find((n) => n.id === id);
    expect(pick(second.nodes, 'code1')).toBe(pick(first.nodes, 'code1'));
    expect(pick(second.nodes, 'ifelse')).not.toBe(pick(first.nodes, 'ifelse'));
    expect(pick(second.nodes, 'ifelse')?.position).toEqual({ x: 1, y: 2 });
    expect(pick(second.nodes, '1711')).not.toBe(pick(first.nodes, '1711'));
    expect(pick(second.nodes, '1711')?.selected).toBe(true);
  });

  it('adds measured sizes and rebuilds a node whose size changed', () => {
    const first = toFlowNodes({ nodes, edges }, { measured: new Map([['ifelse', { width: 240, height: 80 }]]) });
    const pick = (list: typeof first.nodes, id: string) => list.find((n) => n.id === id);
    expect(pick(first.nodes, 'ifelse')?.measured).toEqual({ width: 240, height: 80 });
    const second = toFlowNodes({ nodes, edges }, { measured: new Map([['ifelse', { width: 240, height: 96 }]]), previous: first.cache });
    expect(pick(second.nodes, 'ifelse')?.measured).toEqual({ width: 240, height: 96 });
    expect(pick(second.nodes, 'code1')).toBe(pick(first.nodes, 'code1'));
  });
});

function checkFiles(files: DslFile[]): number {
  let checked = 0;
  for (const file of files) {
    const result = parse(file.text);
    if (!result.ok) continue;
    const graph = result.document.workflow.graph;
    const flow = toFlowGraph(graph);
    expect(flow.nodes.length, file.name).toBe(graph.nodes.length);
    const seen = new Set<string>();
    for (const n of flow.nodes) {
      if (n.parentId) expect(seen.has(n.parentId), `${file.name}: ${n.id} after its parent`).toBe(true);
      seen.add(n.id);
    }
    const flowById = new Map(flow.nodes.map((n) => [n.id, n]));
    for (const e of flow.edges) {
      expect(flowById.get(e.source)?.data.sourceHandles, `${file.name}: edge ${e.id}`).toContain(e.sourceHandle);
    }
    checked += 1;
  }
  return checked;
}

describe('toFlowGraph on real files', () => {
  it('renders every node, parents first, with a handle for every edge (fixtures)', () => {
    expect(checkFiles(fixtureFiles())).toBeGreaterThan(0);
  });

  it.skipIf(!hasCorpus)('renders every node, parents first, with a handle for every edge (corpus)', () => {
    expect(checkFiles(corpusFiles())).toBeGreaterThan(100);
  });
});

describe('handles come from the block specs', () => {
  const node = (id: string, data: Record<string, unknown>): DslNode => ({ id, type: 'custom', position: { x: 0, y: 0 }, data: { type: '', title: id, ...data } as DslNode['data'] });
  const graph = {
    nodes: [
      node('s', { type: 'start', variables: [] }),
      node('if', { type: 'if-else', cases: [{ case_id: 'a', conditions: [] }, { case_id: 'b', conditions: [] }] }),
      node('e', { type: 'end', outputs: [] }),
      node('h', { type: 'http-request', error_strategy: 'fail-branch' }),
    ],
    edges: [{ source: 'if', target: 'e', sourceHandle: 'stale-id' }],
  };
  const byId = new Map(toFlowGraph(graph).nodes.map((n) => [n.id, n]));

  it('gives start no target handle and end no source handle', () => {
    expect(byId.get('s')?.data).toMatchObject({ hasTarget: false, sourceHandles: ['source'] });
    expect(byId.get('e')?.data).toMatchObject({ hasTarget: true, sourceHandles: [] });
  });

  it('labels branch handles, adds fail-branch, and keeps handles only an edge knows', () => {
    expect(byId.get('if')?.data.sourceHandles).toEqual(['a', 'b', 'false', 'stale-id']);
    expect(byId.get('if')?.data.handleLabels).toMatchObject({ a: 'CASE 1', b: 'CASE 2', false: 'ELSE' });
    expect(byId.get('h')?.data.sourceHandles).toEqual(['source', 'fail-branch']);
  });
});

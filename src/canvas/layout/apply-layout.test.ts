import { describe, expect, it } from 'vitest';
import type { DslDocument, DslEdge, DslNode } from '../../dsl';
import { applyLayout } from './apply-layout';
import { autoLayout } from './auto-layout';

const block = (id: string, type: string, extra: Partial<DslNode> = {}): DslNode => ({ id, type: 'custom', position: { x: 0, y: 0 }, width: 244, height: 90, data: { type, title: id, ...(extra.data ?? {}) }, ...extra } as DslNode);
const edge = (source: string, target: string, sourceHandle = 'source'): DslEdge => ({ id: `${source}-${sourceHandle}-${target}-target`, source, sourceHandle, target, targetHandle: 'target', type: 'custom' });

/** start -> if-else (IF, ELIF, ELSE: edges listed backwards) -> three answers; an iteration; a note. */
function composed(): DslDocument {
  const nodes: DslNode[] = [
    block('start', 'start'),
    block('branch', 'if-else', { height: 150, data: { type: 'if-else', cases: [{ case_id: 'true', conditions: [] }, { case_id: 'elif', conditions: [] }] } }),
    block('toElse', 'answer'),
    block('toElif', 'answer'),
    block('toIf', 'answer', { width: undefined, height: undefined }),
    block('iter', 'iteration', { width: 300, height: 150, data: { type: 'iteration', start_node_id: 'iterstart', width: 300, height: 150 } }),
    { id: 'iterstart', type: 'custom-iteration-start', parentId: 'iter', position: { x: 500, y: 500 }, width: 44, height: 48, data: { type: 'iteration-start', isInIteration: true } },
    block('inner1', 'code', { parentId: 'iter', position: { x: 0, y: 0 }, data: { type: 'code', isInIteration: true, iteration_id: 'iter' } }),
    block('inner2', 'code', { parentId: 'iter', position: { x: 10, y: 10 }, data: { type: 'code', isInIteration: true, iteration_id: 'iter' } }),
    block('wide', 'loop', { width: 5000, height: 3000, data: { type: 'loop', start_node_id: 'loopstart', width: 5000, height: 3000 } }),
    { id: 'loopstart', type: 'custom-loop-start', parentId: 'wide', position: { x: 24, y: 68 }, width: 44, height: 48, data: { type: 'loop-start', isInLoop: true } },
    { id: 'note', type: 'custom-note', position: { x: -400, y: -400 }, width: 240, height: 88, data: { type: '', text: '', width: 240, height: 88 } },
  ];
  const edges = [
    edge('start', 'branch'), edge('branch', 'toElse', 'false'), edge('branch', 'toElif', 'elif'), edge('branch', 'toIf', 'true'),
    edge('toIf', 'iter'), edge('iter', 'wide'), edge('iterstart', 'inner1'), edge('inner1', 'inner2'),
  ];
  return { app: { mode: 'workflow', name: 't' }, workflow: { graph: { nodes, edges, viewport: { x: 5, y: 6, zoom: 1.2 } } } };
}

const nodeOf = (doc: DslDocument, id: string) => doc.workflow.graph.nodes.find((n) => n.id === id)!;

describe('autoLayout on a composed workflow', () => {
  it('keeps IF above ELIF above ELSE, starts containers with their start child, grows but never shrinks', async () => {
    const doc = composed();
    const result = await autoLayout(doc);
    const y = (id: string) => result.positions.get(id)!.y;
    expect(y('toIf')).toBeLessThan(y('toElif'));
    expect(y('toElif')).toBeLessThan(y('toElse'));

    const inner = ['iterstart', 'inner1', 'inner2'].map((id) => ({ id, ...result.positions.get(id)! }));
    expect(Math.min(...inner.map((p) => p.x))).toBe(60);
    expect(result.positions.get('iterstart')!.x).toBe(60);
    expect(inner.every((p) => p.x >= result.positions.get('iterstart')!.x)).toBe(true);
    const right = Math.max(...inner.map((p) => p.x + (p.id === 'iterstart' ? 44 : 244)));
    expect(result.sizes.get('iter')!.width).toBe(right + 60);
    expect(result.sizes.get('wide')).toEqual({ width: 5000, height: 3000 });
    expect(result.positions.has('note')).toBe(false);
  });
});

describe('autoLayout on an empty graph', () => {
  it('moves nothing', async () => {
    const result = await autoLayout({ app: { mode: 'workflow' }, workflow: { graph: { nodes: [], edges: [] } } });
    expect([result.positions.size, result.sizes.size]).toEqual([0, 0]);
  });
});

describe('applyLayout', () => {
  it('moves and resizes what the result names and keeps every other node object', async () => {
    const doc = composed();
    const result = { positions: new Map([['iter', { x: 1000, y: 200 }], ['inner1', { x: 60, y: 70 }]]), sizes: new Map([['iter', { width: 700, height: 300 }]]) };
    const next = applyLayout(doc, result);

    const iter = nodeOf(next, 'iter');
    expect(iter).toMatchObject({ position: { x: 1000, y: 200 }, positionAbsolute: { x: 1000, y: 200 }, width: 700, height: 300 });
    expect(iter.data).toMatchObject({ width: 700, height: 300, start_node_id: 'iterstart' });
    expect(nodeOf(next, 'inner1')).toMatchObject({ position: { x: 60, y: 70 }, positionAbsolute: { x: 1060, y: 270 } });
    // not laid out itself, but its container moved: only the stored absolute position follows
    expect(nodeOf(next, 'inner2')).toMatchObject({ position: { x: 10, y: 10 }, positionAbsolute: { x: 1010, y: 210 } });
    for (const id of ['start', 'branch', 'toIf', 'wide', 'loopstart', 'note']) expect(nodeOf(next, id)).toBe(nodeOf(doc, id));
    expect(next.workflow.graph.edges).toBe(doc.workflow.graph.edges);
    expect(next.workflow.graph.viewport).toEqual({ x: 0, y: 0, zoom: 0.7 });
    expect(doc.workflow.graph.viewport).toEqual({ x: 5, y: 6, zoom: 1.2 });
    expect(nodeOf(doc, 'iter').position).toEqual({ x: 0, y: 0 });
  });

  it('returns the same document when nothing changes', async () => {
    const laid = applyLayout(composed(), await autoLayout(composed()));
    const again = applyLayout(laid, await autoLayout(laid));
    expect(again).toBe(laid);
  });
});

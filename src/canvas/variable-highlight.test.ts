import { describe, expect, it } from 'vitest';
import { highlighted } from './variable-highlight';
import type { FlowEdge, FlowNode } from './to-flow';

const card = (id: string, type: FlowNode['type'] = 'block'): FlowNode => ({
  id, type, position: { x: 0, y: 0 }, data: { title: id, blockType: 'code', sourceHandles: ['source'], handleLabels: {}, hasTarget: true, nodeData: { type: 'code', title: id } } as unknown as FlowNode['data'],
});
const nodes = [card('a'), card('b'), card('c'), card('d'), card('bstart', 'container-start')];
const edges: FlowEdge[] = [{ id: 'a-b', source: 'a', target: 'b' }];

describe('the Shift highlight', () => {
  it('changes nothing without a focus (same arrays)', () => {
    const out = highlighted(nodes, edges, undefined);
    expect(out.nodes).toBe(nodes);
    expect(out.edges).toBe(edges);
  });
  it('dims unrelated blocks only and adds one link per dependency and dependent', () => {
    const out = highlighted(nodes, edges, { nodeId: 'b', dependencies: ['a'], dependents: ['c'] });
    expect(out.nodes.filter((n) => n.className?.includes('variable-dimmed')).map((n) => n.id)).toEqual(['d']);
    expect(out.nodes.find((n) => n.id === 'b')).toBe(nodes[1]);
    expect(out.edges.slice(1).map((e) => [e.source, e.target, e.animated])).toEqual([['a', 'b', true], ['b', 'c', true]]);
    expect(out.edges[0]).toBe(edges[0]);
  });
});

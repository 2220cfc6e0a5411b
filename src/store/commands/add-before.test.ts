import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { addNodeBefore } from './add-before';
import { edgesOf, node, ok, reason } from './command-test-kit';
import { connect } from './connect';

/** 1 (80,282) -> a (380) -> b (680); c (380,500) aside; loop lp (0,800) with lpstart -> k -> k2. */
function graph(): DslDocument {
  const blocks: [id: string, type: string, x: number, y: number, parentId?: string][] = [
    ['a', 'code', 380, 282], ['b', 'code', 680, 282], ['c', 'code', 380, 500], ['lp', 'loop', 0, 800],
    ['k', 'code', 120, 68, 'lp'], ['k2', 'code', 420, 68, 'lp'],
  ];
  const added = blocks.reduce((doc, [id, type, x, y, parentId]) => ok(addNode(doc, { type, position: { x, y }, id, ...(parentId ? { parentId } : {}) })), newWorkflow(1));
  return [['1', 'a'], ['a', 'b'], ['1', 'c'], ['lpstart', 'k'], ['k', 'k2']].reduce((doc, [source, target]) => ok(connect(doc, { source: source!, target: target! })), added);
}

describe('addNodeBefore', () => {
  it('takes the node\'s place, shifts it and what follows right by 300, connects new -> node and keeps incoming edges', () => {
    const before = graph();
    const doc = ok(addNodeBefore(before, { nodeId: 'a', type: 'llm', id: 'n' }));
    expect(node(doc, 'n')).toMatchObject({ position: { x: 380, y: 282 }, data: { type: 'llm', title: 'LLM' } });
    expect(node(doc, 'a').position).toEqual({ x: 680, y: 282 });
    expect(node(doc, 'b').position).toEqual({ x: 980, y: 282 });
    expect(node(doc, 'c')).toBe(node(before, 'c'));
    expect(edgesOf(doc)).toEqual([['1', 'source', 'a'], ['a', 'source', 'b'], ['1', 'source', 'c'], ['lpstart', 'source', 'k'], ['k', 'source', 'k2'], ['n', 'source', 'a']]);
  });

  it('leads from the first output of a branching block', () => {
    expect(edgesOf(ok(addNodeBefore(graph(), { nodeId: 'b', type: 'if-else', id: 'i' })))).toContainEqual(['i', 'true', 'b']);
  });

  it('adds inside the node\'s container, shifting only siblings', () => {
    const doc = ok(addNodeBefore(graph(), { nodeId: 'k', type: 'code', id: 'x' }));
    expect(node(doc, 'x')).toMatchObject({ parentId: 'lp', position: { x: 120, y: 68 }, data: { isInLoop: true, loop_id: 'lp' } });
    expect(node(doc, 'k').position).toEqual({ x: 420, y: 68 });
    expect(node(doc, 'k2').position).toEqual({ x: 720, y: 68 });
    expect(node(doc, 'lp').position).toEqual({ x: 0, y: 800 });
  });

  it('moves a downstream container without moving its children, which are relative to it', () => {
    let doc = ok(connect(graph(), { source: 'b', target: 'lp' }));
    doc = ok(addNodeBefore(doc, { nodeId: 'b', type: 'code', id: 'x' }));
    expect(node(doc, 'lp').position).toEqual({ x: 300, y: 800 });
    expect(node(doc, 'k').position).toEqual({ x: 120, y: 68 });
  });

  it('refuses blocks nothing can follow, nodes nothing enters, and places Dify forbids', () => {
    expect(reason(addNodeBefore(graph(), { nodeId: 'a', type: 'end' }))).toMatch(/nothing can follow it/);
    expect(reason(addNodeBefore(graph(), { nodeId: '1', type: 'code' }))).toMatch(/Nothing can connect into/);
    expect(reason(addNodeBefore(graph(), { nodeId: 'k', type: 'iteration' }))).toMatch(/cannot be placed inside a loop/);
    expect(reason(addNodeBefore(graph(), { nodeId: 'nope', type: 'code' }))).toMatch(/no node 'nope'/);
  });
});

import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { edgesOf, node, ok, reason } from './command-test-kit';
import { connect } from './connect';
import { insertNodeOnEdge } from './insert-on-edge';

/** 1 (80,282) -> a (380) -> b (680); c (380, 500) off to the side; loop lp with lpstart -> k. */
function graph(): DslDocument {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'code', position: { x: 380, y: 282 }, id: 'a' }));
  doc = ok(addNode(doc, { type: 'code', position: { x: 680, y: 282 }, id: 'b' }));
  doc = ok(addNode(doc, { type: 'code', position: { x: 380, y: 500 }, id: 'c' }));
  doc = ok(addNode(doc, { type: 'loop', position: { x: 0, y: 800 }, id: 'lp' }));
  doc = ok(addNode(doc, { type: 'code', position: { x: 120, y: 68 }, id: 'k', parentId: 'lp' }));
  doc = ok(connect(doc, { source: '1', sourceHandle: 'source', target: 'a' }));
  doc = ok(connect(doc, { source: 'a', sourceHandle: 'source', target: 'b' }));
  doc = ok(connect(doc, { source: '1', sourceHandle: 'source', target: 'c' }));
  doc = ok(connect(doc, { source: 'lpstart', sourceHandle: 'source', target: 'k' }));
  return doc;
}

describe('insertNodeOnEdge', () => {
  it('takes the next node\'s place, shifts downstream right by 300 and rewires', () => {
    const before = graph();
    const doc = ok(insertNodeOnEdge(before, '1-source-a-target', { type: 'llm', id: 'n' }));
    expect(node(doc, 'n')).toMatchObject({ position: { x: 380, y: 282 }, data: { type: 'llm', title: 'LLM' } });
    expect(node(doc, 'a').position).toEqual({ x: 680, y: 282 });
    expect(node(doc, 'b').position).toEqual({ x: 980, y: 282 });
    expect(node(doc, 'c')).toBe(node(before, 'c'));
    expect(edgesOf(doc)).toEqual([['a', 'source', 'b'], ['1', 'source', 'c'], ['lpstart', 'source', 'k'], ['1', 'source', 'n'], ['n', 'source', 'a']]);
  });

  it('keeps the handle and adds no edge out of a branching node', () => {
    let doc = ok(insertNodeOnEdge(graph(), '1-source-a-target', { type: 'if-else', id: 'i' }));
    expect(edgesOf(doc)).toContainEqual(['1', 'source', 'i']);
    expect(doc.workflow.graph.edges.some((e) => e.source === 'i')).toBe(false);
    doc = ok(connect(doc, { source: 'i', sourceHandle: 'false', target: 'a' }));
    doc = ok(insertNodeOnEdge(doc, 'i-false-a-target', { type: 'code', id: 'z' }));
    expect(edgesOf(doc)).toContainEqual(['i', 'false', 'z']);
    expect(edgesOf(doc)).toContainEqual(['z', 'source', 'a']);
  });

  it('inserts inside a container with its flags, and an exit loop without an edge out', () => {
    const doc = ok(insertNodeOnEdge(graph(), 'lpstart-source-k-target', { type: 'loop-end', id: 'x' }));
    expect(node(doc, 'x')).toMatchObject({ parentId: 'lp', position: { x: 120, y: 68 }, data: { isInLoop: true, loop_id: 'lp' } });
    expect(node(doc, 'k').position).toEqual({ x: 420, y: 68 });
    expect(doc.workflow.graph.edges.find((e) => e.target === 'x')).toMatchObject({ zIndex: 1002, data: { loop_id: 'lp' } });
    expect(doc.workflow.graph.edges.some((e) => e.source === 'x')).toBe(false);
  });

  it('refuses a missing edge, a block not allowed there, and a block nothing can connect into', () => {
    expect(reason(insertNodeOnEdge(graph(), 'nope', { type: 'code' }))).toMatch(/no connection 'nope'/);
    expect(reason(insertNodeOnEdge(graph(), 'lpstart-source-k-target', { type: 'iteration' }))).toMatch(/cannot be placed inside a loop/);
    const triggerless = ok(addNode({ ...graph(), workflow: { ...graph().workflow, graph: { nodes: [], edges: [] } } }, { type: 'code', position: { x: 0, y: 0 }, id: 'p' }));
    const two = ok(connect(ok(addNode(triggerless, { type: 'code', position: { x: 0, y: 0 }, id: 'q' })), { source: 'p', sourceHandle: 'source', target: 'q' }));
    expect(reason(insertNodeOnEdge(two, 'p-source-q-target', { type: 'trigger-webhook' }))).toMatch(/nothing can connect into it/);
  });
});

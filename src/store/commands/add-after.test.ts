import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { addNodeAfter } from './add-after';
import { fitContainer } from './container-fit';
import { edgesOf, node, ok, reason } from './command-test-kit';
import { connect } from './connect';
import { editNodeData } from './edit-data';

/** start 1 at (80,282); if-else i at (400,282); iteration it at (0,600) with its start child. */
function graph(): DslDocument {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'if-else', position: { x: 400, y: 282 }, id: 'i' }));
  doc = ok(addNode(doc, { type: 'iteration', position: { x: 0, y: 600 }, id: 'it' }));
  return doc;
}

describe('addNodeAfter', () => {
  it('places the block right of the node (width + 60), connects the handle and keeps the rest', () => {
    const before = graph();
    const doc = ok(addNodeAfter(before, { nodeId: 'i', handleId: 'true', type: 'code', id: 'c' }));
    expect(node(doc, 'c')).toMatchObject({ position: { x: 400 + 244 + 60, y: 282 }, data: { type: 'code', title: 'Code' } });
    expect(node(doc, 'c')).not.toHaveProperty('parentId');
    expect(doc.workflow.graph.edges).toEqual([{
      id: 'i-true-c-target', type: 'custom', source: 'i', sourceHandle: 'true', target: 'c', targetHandle: 'target',
      data: { sourceType: 'if-else', targetType: 'code', isInIteration: false, isInLoop: false }, zIndex: 0,
    }]);
    expect(node(doc, 'i')).toBe(node(before, 'i'));
  });

  it('goes below the lowest node the same handle already leads to (its height + 39)', () => {
    let doc = ok(addNodeAfter(graph(), { nodeId: 'i', handleId: 'true', type: 'code', id: 'a' }));
    doc = ok(addNodeAfter(doc, { nodeId: 'i', handleId: 'true', type: 'code', id: 'b' }));
    expect(node(doc, 'b').position).toEqual({ x: 704, y: 282 + 90 + 39 });
    doc = ok(addNodeAfter(doc, { nodeId: 'i', handleId: 'true', type: 'llm', id: 'l' }));
    expect(node(doc, 'l').position).toEqual({ x: 704, y: 282 + 2 * (90 + 39) });
    // Another handle of the same node has no successors yet: it starts again right of the node.
    doc = ok(addNodeAfter(doc, { nodeId: 'i', handleId: 'false', type: 'code', id: 'e' }));
    expect(node(doc, 'e').position).toEqual({ x: 704, y: 282 });
    expect(edgesOf(doc)).toEqual([['i', 'true', 'a'], ['i', 'true', 'b'], ['i', 'true', 'l'], ['i', 'false', 'e']]);
  });

  it('uses the stored size of the node and of its successor', () => {
    let doc = graph();
    doc = { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: doc.workflow.graph.nodes.map((n) => (n.id === 'i' ? { ...n, width: 300, height: 200 } : n)) } } };
    doc = ok(addNodeAfter(doc, { nodeId: 'i', handleId: 'true', type: 'iteration', id: 'big' }));
    expect(node(doc, 'big').position).toEqual({ x: 760, y: 282 });
    doc = ok(addNodeAfter(doc, { nodeId: 'i', handleId: 'true', type: 'code', id: 'c' }));
    expect(node(doc, 'c').position).toEqual({ x: 760, y: 282 + 204 + 39 });
  });

  it('adds inside the container of the node, with its flags, and grows the container to hold it', () => {
    let doc = ok(addNodeAfter(graph(), { nodeId: 'itstart', handleId: 'source', type: 'code', id: 'k' }));
    expect(node(doc, 'k')).toMatchObject({ parentId: 'it', zIndex: 1002, position: { x: 24 + 44 + 60, y: 68 }, data: { isInIteration: true, iteration_id: 'it' } });
    expect(doc.workflow.graph.edges[0]).toMatchObject({ source: 'itstart', target: 'k', zIndex: 1002, data: { isInIteration: true, iteration_id: 'it' } });
    expect(node(doc, 'it')).toMatchObject({ width: 508, height: 204 }); // 128 + 244 + 16 fits in 508
    doc = ok(addNodeAfter(doc, { nodeId: 'k', handleId: 'source', type: 'code', id: 'k2' }));
    const grownWidth = 128 + 244 + 60 + 244 + 16;
    expect(node(doc, 'it')).toMatchObject({ width: grownWidth, height: 204, data: { width: grownWidth, height: 204 } });
  });

  it('uses the fail-branch handle of a node with error_strategy fail-branch', () => {
    let doc = ok(addNode(graph(), { type: 'code', position: { x: 700, y: 0 }, id: 'c' }));
    expect(reason(addNodeAfter(doc, { nodeId: 'c', handleId: 'fail-branch', type: 'code' }))).toMatch(/has no output 'fail-branch'/);
    doc = ok(editNodeData(doc, 'c', { error_strategy: 'fail-branch' }));
    doc = ok(addNodeAfter(doc, { nodeId: 'c', handleId: 'fail-branch', type: 'code', id: 'f' }));
    expect(edgesOf(doc)).toEqual([['c', 'fail-branch', 'f']]);
  });

  it('refuses what Dify would not offer there', () => {
    const doc = graph();
    expect(reason(addNodeAfter(doc, { nodeId: 'nope', handleId: 'source', type: 'code' }))).toMatch(/no node 'nope'/);
    expect(reason(addNodeAfter(doc, { nodeId: 'itstart', handleId: 'source', type: 'iteration' }))).toMatch(/cannot be placed inside an iteration/);
    expect(reason(addNodeAfter(doc, { nodeId: 'i', handleId: 'source', type: 'code' }))).toMatch(/has no output 'source'/);
    expect(reason(addNodeAfter(doc, { nodeId: 'i', handleId: 'true', type: 'loop-end' }))).toMatch(/only be placed inside a loop/);
    const noStart = { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: doc.workflow.graph.nodes.filter((n) => n.id !== '1') } } };
    expect(reason(addNodeAfter(noStart, { nodeId: 'i', handleId: 'true', type: 'trigger-webhook' }))).toMatch(/nothing can connect into it/);
    const ended = ok(addNode(doc, { type: 'end', position: { x: 0, y: 0 }, id: 'e' }));
    expect(reason(addNodeAfter(ended, { nodeId: 'e', handleId: 'source', type: 'code' }))).toMatch(/has no output/);
  });
});

describe('fitContainer', () => {
  it('grows only when a child pokes out, and keeps the document otherwise', () => {
    const doc = ok(addNode(graph(), { type: 'code', position: { x: 24, y: 68 }, parentId: 'it', id: 'k' }));
    expect(fitContainer(doc, 'it')).toBe(doc);
    const moved = ok(connect(ok(addNode(doc, { type: 'code', position: { x: 100, y: 300 }, parentId: 'it', id: 'low' })), { source: 'k', target: 'low' }));
    expect(node(fitContainer(moved, 'it'), 'it')).toMatchObject({ width: 508, height: 300 + 90 + 20 });
  });
});

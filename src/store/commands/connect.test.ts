import { describe, expect, it } from 'vitest';
import type { DslDocument, DslNode } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { ok, reason } from './command-test-kit';
import { connect, type ConnectArgs } from './connect';

const at = { x: 0, y: 0 };
/** start 1 -> (nothing) ; code c; if-else i; end e; loop lp with child k and exit x; a note. */
function graph(): DslDocument {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'c' }));
  doc = ok(addNode(doc, { type: 'if-else', position: at, id: 'i' }));
  doc = ok(addNode(doc, { type: 'end', position: at, id: 'e' }));
  doc = ok(addNode(doc, { type: 'loop', position: at, id: 'lp' }));
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'k', parentId: 'lp' }));
  doc = ok(addNode(doc, { type: 'loop-end', position: at, id: 'x', parentId: 'lp' }));
  const note: DslNode = { id: 'n', type: 'custom-note', position: at, data: { type: '', title: '', desc: '', text: '' } };
  return { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: [...doc.workflow.graph.nodes, note] } } };
}

describe('connect', () => {
  it('writes the edge Dify writes at top level and keeps the nodes', () => {
    const before = graph();
    const doc = ok(connect(before, { source: '1', sourceHandle: 'source', target: 'c' }));
    expect(doc.workflow.graph.nodes).toBe(before.workflow.graph.nodes);
    expect(doc.workflow.graph.edges).toEqual([{
      id: '1-source-c-target', type: 'custom', source: '1', sourceHandle: 'source', target: 'c', targetHandle: 'target',
      data: { sourceType: 'start', targetType: 'code', isInIteration: false, isInLoop: false }, zIndex: 0,
    }]);
  });

  it('marks an edge inside a loop and accepts branch handles', () => {
    let doc = ok(connect(graph(), { source: 'lpstart', sourceHandle: 'source', target: 'k' }));
    expect(doc.workflow.graph.edges[0]).toMatchObject({
      id: 'lpstart-source-k-target', zIndex: 1002, data: { sourceType: 'loop-start', targetType: 'code', isInLoop: true, loop_id: 'lp', isInIteration: false },
    });
    doc = ok(connect(doc, { source: 'i', sourceHandle: 'false', target: 'e' }));
    expect(doc.workflow.graph.edges[1]?.id).toBe('i-false-e-target');
  });

  it.each<[string, ConnectArgs, RegExp]>([
    ['a self loop', { source: 'c', sourceHandle: 'source', target: 'c' }, /itself/],
    ['a note', { source: 'c', sourceHandle: 'source', target: 'n' }, /Notes cannot be connected/],
    ['crossing a container border', { source: 'c', sourceHandle: 'source', target: 'k' }, /same iteration or loop/],
    ['an edge into start', { source: 'c', sourceHandle: 'source', target: '1' }, /Nothing can connect into 'User Input'/],
    ['an edge out of end', { source: 'e', sourceHandle: 'source', target: 'c' }, /Nothing can follow 'Output'/],
    ['an edge out of exit loop', { source: 'x', sourceHandle: 'source', target: 'k' }, /Nothing can follow 'Exit Loop'/],
    ['a handle the source does not have', { source: 'i', sourceHandle: 'source', target: 'c' }, /has no output 'source'/],
    ['a fail branch without the error strategy', { source: 'c', sourceHandle: 'fail-branch', target: 'e' }, /has no output 'fail-branch'/],
    ['a missing node', { source: 'c', sourceHandle: 'source', target: 'zz' }, /no node 'zz'/],
  ])('refuses %s', (_label, args, expected) => {
    expect(reason(connect(graph(), args))).toMatch(expected);
  });

  it('refuses a duplicate and a cycle, but allows a fan-out', () => {
    const doc = ok(connect(ok(connect(graph(), { source: 'c', sourceHandle: 'source', target: 'i' })), { source: 'i', sourceHandle: 'true', target: 'e' }));
    expect(reason(connect(doc, { source: 'c', sourceHandle: 'source', target: 'i' }))).toMatch(/already connected/);
    const withCode2 = ok(addNode(doc, { type: 'code', position: at, id: 'd' }));
    const chain = ok(connect(withCode2, { source: 'i', sourceHandle: 'false', target: 'd' }));
    expect(reason(connect(chain, { source: 'd', sourceHandle: 'source', target: 'c' }))).toMatch(/loop in the workflow/);
    expect(ok(connect(chain, { source: 'c', sourceHandle: 'source', target: 'd' })).workflow.graph.edges).toHaveLength(4);
  });
});

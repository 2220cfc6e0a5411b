import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { edgesOf, ok, reason } from './command-test-kit';
import { connect } from './connect';
import { reconnect, reconnectProblem } from './reconnect';

const at = { x: 0, y: 0 };
/** 1 -> a -> b, 1 -> c; if-else i; loop lp with child k. */
function graph(): DslDocument {
  let doc = newWorkflow(1);
  for (const id of ['a', 'b', 'c']) doc = ok(addNode(doc, { type: 'code', position: at, id }));
  doc = ok(addNode(doc, { type: 'if-else', position: at, id: 'i' }));
  doc = ok(addNode(doc, { type: 'loop', position: at, id: 'lp' }));
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'k', parentId: 'lp' }));
  doc = ok(connect(doc, { source: '1', target: 'a' }));
  doc = ok(connect(doc, { source: 'a', target: 'b' }));
  doc = ok(connect(doc, { source: '1', target: 'c' }));
  return doc;
}

describe('reconnect', () => {
  it('moves the target end, in the old edge\'s place in the list, with a new Dify id', () => {
    const doc = ok(reconnect(graph(), { edgeId: '1-source-a-target', source: '1', sourceHandle: 'source', target: 'i', targetHandle: 'target' }));
    expect(edgesOf(doc)).toEqual([['1', 'source', 'i'], ['a', 'source', 'b'], ['1', 'source', 'c']]);
    expect(doc.workflow.graph.edges[0]).toMatchObject({ id: '1-source-i-target', data: { sourceType: 'start', targetType: 'if-else' } });
  });

  it('moves the source end to another handle', () => {
    let doc = ok(connect(graph(), { source: 'i', sourceHandle: 'true', target: 'b' }));
    doc = ok(reconnect(doc, { edgeId: 'i-true-b-target', source: 'i', sourceHandle: 'false', target: 'b' }));
    expect(edgesOf(doc)).toContainEqual(['i', 'false', 'b']);
    expect(edgesOf(doc)).not.toContainEqual(['i', 'true', 'b']);
  });

  it('judges the new edge without the old one: a move that only a stale edge would make a cycle is allowed', () => {
    // b -> a would close 1->a->b->a; moving a->b to become b->c is fine, and a->b gone lets c -> a too.
    const doc = ok(reconnect(graph(), { edgeId: 'a-source-b-target', source: 'c', target: 'b' }));
    expect(edgesOf(doc)).toEqual([['1', 'source', 'a'], ['c', 'source', 'b'], ['1', 'source', 'c']]);
    expect(reconnectProblem(graph(), { edgeId: 'a-source-b-target', source: 'b', target: 'a' })).toBeUndefined();
    expect(reason(reconnect(graph(), { edgeId: '1-source-c-target', source: 'b', target: 'a' }))).toMatch(/loop in the workflow/);
  });

  it('changes nothing when dropped where it was, and refuses Dify\'s forbidden edges', () => {
    const before = graph();
    expect(reconnect(before, { edgeId: '1-source-a-target', source: '1', sourceHandle: 'source', target: 'a', targetHandle: 'target' })).toBe(before);
    expect(reason(reconnect(before, { edgeId: 'nope', source: '1', target: 'a' }))).toMatch(/no connection 'nope'/);
    expect(reason(reconnect(before, { edgeId: 'a-source-b-target', source: 'a', target: 'k' }))).toMatch(/same iteration or loop/);
    expect(reason(reconnect(before, { edgeId: 'a-source-b-target', source: 'a', target: '1' }))).toMatch(/Nothing can connect into/);
  });
});

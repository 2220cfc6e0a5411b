import { describe, expect, it } from 'vitest';
import { workflow } from '../../test-support/workflow-builder';
import type { DslDocument } from '../../dsl';
import { createDocumentStore } from '../document-store';
import { node, ok, reason } from './command-test-kit';
import { CONTAINER_MIN_SIZE, resizeNode } from './resize';
import { addNode } from './add-node';

function doc(): DslDocument {
  const d = workflow([
    { id: 'start', type: 'start' },
    { id: 'iter', type: 'iteration', data: { start_node_id: 'iterstart', width: 508, height: 204 } },
    { id: 'iterstart', type: 'iteration-start', parentId: 'iter' },
    { id: 'code', type: 'code', parentId: 'iter' },
    { id: 'note', type: '', flowType: 'custom-note', data: { text: '', theme: 'blue', width: 240, height: 88 } },
  ], [['start', 'iter']]);
  const nodes = d.workflow.graph.nodes.map((n) => {
    if (n.id === 'iter') return { ...n, width: 508, height: 204, zIndex: 1 };
    if (n.id === 'iterstart') return { ...n, position: { x: 24, y: 68 }, width: 44, height: 48 };
    if (n.id === 'code') return { ...n, position: { x: 128, y: 68 }, width: 244, height: 54 };
    return n;
  });
  return { ...d, workflow: { ...d.workflow, graph: { ...d.workflow.graph, nodes } } };
}

describe('resizeNode', () => {
  it('writes the size on the node and in its data, keeping key order', () => {
    const before = doc();
    const after = ok(resizeNode(before, 'iter', { width: 640.4, height: 300 }));
    const iter = node(after, 'iter');
    expect([iter.width, iter.height, iter.data.width, iter.data.height]).toEqual([640, 300, 640, 300]);
    expect(Object.keys(iter)).toEqual(Object.keys(node(before, 'iter')));
    expect(Object.keys(iter.data)).toEqual(Object.keys(node(before, 'iter').data));
    expect(node(before, 'iter').width).toBe(508);
    expect(node(after, 'code')).toBe(node(before, 'code'));
  });

  it('never goes below the container minimum or cuts off a child', () => {
    const tiny = ok(resizeNode(doc(), 'iter', { width: 10, height: 10 }));
    // The code child ends at x 128 + 244 and y 68 + 54, plus the padding on the right and bottom.
    expect([node(tiny, 'iter').width, node(tiny, 'iter').height]).toEqual([128 + 244 + 16, Math.max(CONTAINER_MIN_SIZE.height, 68 + 54 + 20)]);
  });

  it('lets a new, empty container shrink to the 258x152 minimum (its start child has no stored size)', () => {
    const added = ok(addNode(workflow([{ id: 'start', type: 'start' }], []), { type: 'loop', position: { x: 400, y: 0 }, id: 'lp' }));
    const tiny = node(ok(resizeNode(added, 'lp', { width: 10, height: 10 })), 'lp');
    expect([tiny.width, tiny.height]).toEqual([CONTAINER_MIN_SIZE.width, CONTAINER_MIN_SIZE.height]);
  });

  it('resizes notes down to 240x88 at least', () => {
    const note = node(ok(resizeNode(doc(), 'note', { width: 100, height: 400 })), 'note');
    expect([note.width, note.height, note.data.width, note.data.height]).toEqual([240, 400, 240, 400]);
  });

  it('refuses plain blocks, unknown nodes and sizes that are not numbers', () => {
    expect(reason(resizeNode(doc(), 'code', { width: 300, height: 300 }))).toMatch(/resized/);
    expect(reason(resizeNode(doc(), 'nope', { width: 300, height: 300 }))).toMatch(/no node/);
    expect(reason(resizeNode(doc(), 'iter', { width: Number.NaN, height: 300 }))).toMatch(/number/);
  });

  it('returns the same document when the size does not change', () => {
    const d = ok(resizeNode(doc(), 'iter', { width: 600, height: 300 }));
    expect(resizeNode(d, 'iter', { width: 600, height: 300 })).toBe(d);
  });

  it('is one undo step when applied as a gesture, and undo restores the size', () => {
    const store = createDocumentStore(doc());
    store.getState().beginGesture();
    for (const w of [520, 560, 600]) store.getState().apply('Node resized', (d) => resizeNode(d, 'iter', { width: w, height: 250 }));
    store.getState().endGesture('Node resized');
    expect(store.getState().history.labels).toEqual(['Node resized']);
    expect(node(store.getState().document, 'iter').data.width).toBe(600);
    store.getState().undo();
    expect(node(store.getState().document, 'iter').width).toBe(508);
    expect(node(store.getState().document, 'iter').data.height).toBe(204);
  });
});

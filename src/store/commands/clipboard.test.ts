import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { copyNodes, duplicateNodes, pasteNodes, pastedTitle, pasteWithIds } from './clipboard';
import { node, ok, reason } from './command-test-kit';
import { connect } from './connect';

/** start 1 -> a -> lp(loop at 400,100: lpstart -> k -> x exit); b alone. */
function graph(): DslDocument {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'code', position: { x: 100, y: 50 }, id: 'a' }));
  doc = ok(addNode(doc, { type: 'llm', position: { x: 100, y: 250 }, id: 'b' }));
  doc = ok(addNode(doc, { type: 'loop', position: { x: 400, y: 100 }, id: 'lp' }));
  doc = ok(addNode(doc, { type: 'code', position: { x: 120, y: 68 }, id: 'k', parentId: 'lp' }));
  doc = ok(addNode(doc, { type: 'loop-end', position: { x: 300, y: 68 }, id: 'x', parentId: 'lp' }));
  doc = ok(connect(doc, { source: '1', sourceHandle: 'source', target: 'a' }));
  doc = ok(connect(doc, { source: 'a', sourceHandle: 'source', target: 'lp' }));
  doc = ok(connect(doc, { source: 'lpstart', sourceHandle: 'source', target: 'k' }));
  doc = ok(connect(doc, { source: 'k', sourceHandle: 'source', target: 'x' }));
  return doc;
}

describe('copyNodes', () => {
  it('leaves out singletons and start children, brings containers\' contents and internal edges', () => {
    const clip = copyNodes(graph(), ['1', 'a', 'lp', 'lpstart']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['a', 'lp', 'lpstart', 'k', 'x']);
    expect(clip.edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([['a', 'source', 'lp'], ['lpstart', 'source', 'k'], ['k', 'source', 'x']]);
  });

  it('takes a lone child out of its container at its absolute position', () => {
    const clip = copyNodes(graph(), ['k']);
    expect(clip.nodes).toHaveLength(1);
    expect(clip.nodes[0]).toMatchObject({ id: 'k', position: { x: 520, y: 168 } });
    expect(clip.nodes[0]).not.toHaveProperty('parentId');
    expect(clip.nodes[0]?.data).not.toHaveProperty('isInLoop');
  });
});

describe('pastedTitle', () => {
  it.each([['Code', 'Code (1)'], ['Code (1)', 'Code (2)'], ['LLM 2 (9)', 'LLM 2 (10)'], ['(3)', '(3) (1)']])('%s -> %s', (from, to) => {
    expect(pastedTitle(from)).toBe(to);
  });
});

describe('pasteNodes', () => {
  it('gives new ids, titles and edges, places the set at the point and keeps the originals identical', () => {
    const before = graph();
    const clip = copyNodes(before, ['a', 'b']);
    const result = pasteWithIds(before, clip, { at: { x: 1000, y: 500 }, now: 5000 });
    if (!('document' in result)) throw new Error(result.reason);
    const doc = result.document;
    expect(result.ids).toEqual(['5000', '5001']);
    expect(node(doc, '5000')).toMatchObject({ position: { x: 1000, y: 500 }, data: { title: 'Code (1)', type: 'code' } });
    expect(node(doc, '5001')).toMatchObject({ position: { x: 1000, y: 700 }, data: { title: 'LLM (1)' } });
    doc.workflow.graph.nodes.slice(0, before.workflow.graph.nodes.length).forEach((n, i) => expect(n).toBe(before.workflow.graph.nodes[i]));
    expect(doc.workflow.graph.edges).toHaveLength(before.workflow.graph.edges.length);
  });

  it('pastes a container with a new start child, remapped children, flags and edges', () => {
    const doc = ok(pasteNodes(graph(), copyNodes(graph(), ['a', 'lp']), { at: { x: 0, y: 600 }, now: 7000 }));
    const [a, lp, k, x] = ['7000', '7001', '7002', '7003'].map((id) => node(doc, id));
    expect(a?.data.title).toBe('Code (1)');
    expect(lp).toMatchObject({ position: { x: 300, y: 650 }, data: { start_node_id: '7001start', type: 'loop' } });
    expect(node(doc, '7001start')).toMatchObject({ parentId: '7001', type: 'custom-loop-start', data: { isInLoop: true } });
    expect(k).toMatchObject({ parentId: '7001', position: { x: 120, y: 68 }, zIndex: 1002, data: { loop_id: '7001', isInLoop: true } });
    expect(x?.parentId).toBe('7001');
    expect(doc.workflow.graph.edges.slice(-3).map((e) => [e.id, e.data?.loop_id])).toEqual([
      ['7000-source-7001-target', undefined], ['7001start-source-7002-target', '7001'], ['7002-source-7003-target', '7001'],
    ]);
  });

  it('recreates only edges with both ends pasted and pastes into a container', () => {
    const base = graph();
    const clip = copyNodes(base, ['a']);
    expect(clip.edges).toEqual([]);
    const doc = ok(pasteNodes(base, clip, { at: { x: 450, y: 160 }, now: 9000, parentId: 'lp' }));
    expect(node(doc, '9000')).toMatchObject({ parentId: 'lp', position: { x: 50, y: 60 }, zIndex: 1002, data: { isInLoop: true, loop_id: 'lp' } });
  });

  it('strips UI state, fills defaults and refuses what cannot go there', () => {
    const base = graph();
    const clip = copyNodes(base, ['a']);
    const dirty = { ...clip, nodes: [{ ...clip.nodes[0]!, selected: true, data: { type: 'code', title: 'Code', _runningStatus: 'x', selected: true } }] };
    const pasted = node(ok(pasteNodes(base, dirty, { at: { x: 0, y: 0 }, now: 1 })), '2');
    expect(pasted).not.toHaveProperty('selected');
    expect(pasted.data).not.toHaveProperty('_runningStatus');
    expect(pasted.data.code_language).toBe('python3');
    const end = ok(addNode(base, { type: 'end', position: { x: 0, y: 0 }, id: 'e' }));
    expect(reason(pasteNodes(end, copyNodes(end, ['e']), { at: { x: 0, y: 0 }, parentId: 'lp' }))).toMatch(/Output cannot be placed inside a loop/);
    const chat = { ...base, app: { ...base.app, mode: 'advanced-chat' as const } };
    expect(reason(pasteNodes(chat, copyNodes(end, ['e']), { at: { x: 0, y: 0 } }))).toMatch(/not available in a chatflow/);
    expect(reason(pasteNodes(base, { nodes: [], edges: [] }, { at: { x: 0, y: 0 } }))).toMatch(/nothing to paste/);
    expect(reason(pasteNodes(base, clip, { at: { x: 0, y: 0 }, parentId: 'a' }))).toMatch(/only be pasted into an iteration or a loop/);
  });
});

describe('duplicateNodes', () => {
  it('copies next to the originals, inside the same container', () => {
    const doc = ok(duplicateNodes(graph(), ['k'], { now: 300 }));
    expect(node(doc, '300')).toMatchObject({ parentId: 'lp', position: { x: 150, y: 98 }, data: { title: 'Code 2 (1)', loop_id: 'lp' } });
    expect(reason(duplicateNodes(graph(), ['1']))).toMatch(/nothing to duplicate/);
  });
});

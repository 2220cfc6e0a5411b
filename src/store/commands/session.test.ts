/**
 * A mixed editing session through the store: every step is recorded, then undone one by one
 * back to the start and redone to the end, comparing each state; and no command may replace a
 * node or an edge it did not change.
 */
import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { createDocumentStore, type DocumentState } from '../document-store';
import { sameData } from '../history';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { copyNodes, duplicateNodes, pasteNodes } from './clipboard';
import { connect } from './connect';
import { deleteEdges, deleteNodes } from './delete';
import { editNodeData, setNodeTitle } from './edit-data';
import { insertNodeOnEdge } from './insert-on-edge';

type Step = [label: string, run: (s: DocumentState, tick: (ms: number) => void) => void];

const add = (type: string, id: string, x: number, y: number, parentId?: string): Step =>
  ['Node added', (s) => s.apply('Node added', (d) => addNode(d, { type, id, position: { x, y }, ...(parentId ? { parentId } : {}) }))];
const link = (source: string, sourceHandle: string, target: string): Step =>
  ['Node connected', (s) => s.apply('Node connected', (d) => connect(d, { source, sourceHandle, target }))];
const edit = (id: string, patch: Record<string, unknown>): Step =>
  ['Block edited', (s) => s.apply(`Block edited: ${id}`, (d) => editNodeData(d, id, patch))];
const drag = (id: string, from: { x: number; y: number }, dx: number): Step => ['Node moved', (s, tick) => {
  for (let i = 1; i <= 10; i++) {
    s.moveNodes([{ id, position: { x: from.x + (dx * i) / 10, y: from.y } }]);
    tick(16);
  }
}];
const cases = (...ids: string[]) => ({ cases: ids.map((case_id) => ({ case_id, logical_operator: 'and', conditions: [] })) });

const steps: Step[] = [
  add('code', 'a', 380, 282),
  link('1', 'source', 'a'),
  add('llm', 'b', 680, 282),
  link('a', 'source', 'b'),
  ['typing', (s, tick) => {
    for (const code of ['x', 'x =', 'x = 1']) {
      s.apply('Block edited: Code', (d) => editNodeData(d, 'a', { code }), { groupKey: 'edit:a:code' });
      tick(200);
    }
  }],
  ['title', (s) => s.apply('Block edited: Writer', (d) => setNodeTitle(d, 'b', 'Writer'))],
  drag('a', { x: 380, y: 282 }, 40),
  add('if-else', 'i', 980, 282),
  link('b', 'source', 'i'),
  add('end', 'e1', 1280, 200),
  link('i', 'true', 'e1'),
  add('end', 'e2', 1280, 400),
  link('i', 'false', 'e2'),
  edit('i', cases('true', 'x2')),
  add('code', 'c', 1280, 600),
  link('i', 'x2', 'c'),
  edit('i', cases('true')),
  ['delete e2', (s) => s.apply('Nodes deleted', (d) => deleteNodes(d, ['e2']))],
  add('iteration', 'it', 380, 700),
  add('code', 'k', 120, 68, 'it'),
  link('itstart', 'source', 'k'),
  ['paste', (s) => s.apply('Pasted', (d) => pasteNodes(d, copyNodes(d, ['a', 'b']), { at: { x: 1000, y: 900 }, now: 5000 }))],
  ['duplicate', (s) => s.apply('Duplicated', (d) => duplicateNodes(d, ['it'], { now: 6000 }))],
  ['insert', (s) => s.apply('Node added', (d) => insertNodeOnEdge(d, 'a-source-b-target', { type: 'template-transform', now: 7000 }))],
  ['delete edge', (s) => s.apply('Edge deleted', (d) => deleteEdges(d, ['1-source-a-target']))],
  link('1', 'source', 'a'),
  edit('b', { desc: undefined }),
  drag('it', { x: 380, y: 700 }, -100),
  ['delete container', (s) => s.apply('Nodes deleted', (d) => deleteNodes(d, ['6000']))],
  add('loop', 'lp', 380, 1100),
  add('loop-end', 'x', 200, 68, 'lp'),
  edit('a', { error_strategy: 'fail-branch' }),
  link('a', 'fail-branch', 'e1'),
];

/** Every node and edge equal in value before and after a command must be the same object. */
function expectSharedStructure(before: DslDocument, after: DslDocument): void {
  const old = new Map(before.workflow.graph.nodes.map((n) => [n.id, n]));
  for (const n of after.workflow.graph.nodes) {
    const prev = old.get(n.id);
    if (prev && sameData(prev, n)) expect(n, `node ${n.id}`).toBe(prev);
  }
  const oldEdges = new Map(before.workflow.graph.edges.map((e) => [e.id, e]));
  for (const e of after.workflow.graph.edges) {
    const prev = oldEdges.get(e.id);
    if (prev && sameData(prev, e)) expect(e, `edge ${e.id}`).toBe(prev);
  }
  expect(after.workflow.features).toBe(before.workflow.features);
  expect(after.app).toBe(before.app);
}

describe('an editing session', () => {
  it('undoes every step back to the start and redoes every step to the end', () => {
    let now = 0;
    const tick = (ms: number) => (now += ms + 1500);
    const store = createDocumentStore(newWorkflow(1), { clock: () => now });
    const states: DslDocument[] = [store.getState().document];
    const copies: DslDocument[] = [structuredClone(states[0]!)];
    for (const [label, run] of steps) {
      run(store.getState(), (ms) => (now += ms));
      tick(0);
      const doc = store.getState().document;
      expect(doc, `step ${label} changed the document`).not.toBe(states.at(-1));
      expect(store.getState().history.position, `step ${label} is one entry`).toBe(states.length);
      expectSharedStructure(states.at(-1)!, doc);
      states.push(doc);
      copies.push(structuredClone(doc));
    }
    expect(steps.length).toBeGreaterThanOrEqual(30);
    const final = store.getState().document;
    expect(final.workflow.graph.nodes.map((n) => n.id)).toEqual(
      ['1', 'a', 'b', 'i', 'e1', 'c', 'it', 'itstart', 'k', '5000', '5001', '7000', 'lp', 'lpstart', 'x'],
    );
    expect(final.workflow.graph.edges.map((e) => e.id)).toEqual([
      'b-source-i-target', 'i-true-e1-target', 'itstart-source-k-target', '5000-source-5001-target',
      'a-source-7000-target', '7000-source-b-target', '1-source-a-target', 'a-fail-branch-e1-target',
    ]);

    for (let i = states.length - 2; i >= 0; i--) {
      store.getState().undo();
      expect(store.getState().document).toBe(states[i]);
      expect(store.getState().document).toEqual(copies[i]);
    }
    expect(store.getState().canUndo).toBe(false);
    for (let i = 1; i < states.length; i++) {
      store.getState().redo();
      expect(store.getState().document).toEqual(copies[i]);
    }
    expect(store.getState().canRedo).toBe(false);
    expect(store.getState().document).toBe(final);
  });
});

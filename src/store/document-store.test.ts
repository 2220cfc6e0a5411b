import { describe, expect, it } from 'vitest';
import { createDocumentStore } from './document-store';
import { newWorkflow } from './new-workflow';
import { addNode } from './commands/add-node';
import { connect } from './commands/connect';
import { deleteNodes } from './commands/delete';
import { editNodeData } from './commands/edit-data';

const VALID = `app:
  mode: advanced-chat
  name: Imported chat
kind: app
version: 0.6.0
workflow:
  features: {}
  graph:
    edges:
    - id: s-source-a-target
      source: s
      sourceHandle: source
      target: a
      targetHandle: target
      type: custom
    nodes:
    - id: s
      type: custom
      position: {x: 80, y: 282}
      data: {type: start, title: Start, desc: '', variables: []}
    - id: a
      type: custom
      position: {x: 380, y: 282}
      data: {type: answer, title: Answer, desc: '', answer: hi, variables: []}
`;

describe('document store', () => {
  it('starts with the given document', () => {
    const initial = newWorkflow(42);
    const store = createDocumentStore(initial);
    expect(store.getState().document).toBe(initial);
  });

  it('replaces the document when the text parses', () => {
    const store = createDocumentStore(newWorkflow(1));
    store.getState().selectNodes(['1']);
    const outcome = store.getState().importText(VALID);
    expect(outcome).toMatchObject({ ok: true, status: 'completed' });
    const doc = store.getState().document;
    expect(doc.app.name).toBe('Imported chat');
    expect(doc.workflow.graph.nodes.map((n) => n.id)).toEqual(['s', 'a']);
    expect(store.getState().selectedNodeIds).toEqual([]);
    expect(store.getState().documentKey).toBe(1);
  });

  it.each([
    ['broken YAML', 'app: [unclosed'],
    ['a chat app without a graph', 'app: {mode: chat, name: x}\nversion: 0.6.0\nmodel_config: {}\n'],
    ['a version written as a number', VALID.replace('version: 0.6.0', 'version: 0.6')],
  ])('leaves the document untouched on %s and returns the errors', (_label, text) => {
    const initial = newWorkflow(7);
    const store = createDocumentStore(initial);
    store.getState().selectNodes(['7']);
    const outcome = store.getState().importText(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors.length).toBeGreaterThan(0);
      expect(outcome.errors[0]?.message).toMatch(/\w/);
    }
    expect(store.getState().document).toBe(initial);
    expect(store.getState().selectedNodeIds).toEqual(['7']);
    expect(store.getState().documentKey).toBe(0);
  });

  it('moves nodes without touching the rest of the document', () => {
    const store = createDocumentStore(newWorkflow(5));
    const before = store.getState().document;
    store.getState().moveNodes([{ id: '5', position: { x: 200, y: 100 } }]);
    const after = store.getState().document;
    expect(after).not.toBe(before);
    expect(after.workflow.graph.nodes[0]?.position).toEqual({ x: 200, y: 100 });
    expect(after.workflow.graph.edges).toBe(before.workflow.graph.edges);
    expect(after.workflow.features).toBe(before.workflow.features);
    expect(before.workflow.graph.nodes[0]?.position).toEqual({ x: 80, y: 282 });
  });

  it('starts a new workflow', () => {
    const store = createDocumentStore(newWorkflow(5));
    store.getState().importText(VALID);
    store.getState().newWorkflow();
    expect(store.getState().document.app.mode).toBe('workflow');
    expect(store.getState().document.workflow.graph.nodes).toHaveLength(1);
    expect(store.getState().documentKey).toBe(2);
  });
});

describe('document store history', () => {
  const clockedStore = () => {
    let now = 0;
    const store = createDocumentStore(newWorkflow(1), { clock: () => now });
    return { store, tick: (ms: number) => (now += ms) };
  };

  it('applies a command, records it and undoes/redoes it', () => {
    const { store } = clockedStore();
    const before = store.getState().document;
    const outcome = store.getState().apply('Node added', (doc) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id: 'a' }));
    expect(outcome).toEqual({ ok: true });
    const after = store.getState().document;
    expect(after.workflow.graph.nodes.map((n) => n.id)).toEqual(['1', 'a']);
    expect(store.getState().history).toEqual({ labels: ['Node added'], position: 1 });
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().document).toBe(before);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().document).toBe(after);
  });

  it('returns the refusal and changes nothing', () => {
    const { store } = clockedStore();
    const before = store.getState().document;
    const outcome = store.getState().apply('Node added', (doc) => addNode(doc, { type: 'start', position: { x: 0, y: 0 } }));
    expect(outcome).toEqual({ ok: false, reason: 'There can be only one User Input' });
    expect(store.getState().document).toBe(before);
    expect(store.getState().history.labels).toEqual([]);
  });

  it('records the frames of one drag as one "Node moved" entry', () => {
    const { store, tick } = clockedStore();
    for (let x = 81; x <= 100; x++) {
      store.getState().moveNodes([{ id: '1', position: { x, y: 282 } }]);
      tick(16);
    }
    tick(2000);
    store.getState().moveNodes([{ id: '1', position: { x: 300, y: 282 } }]);
    expect(store.getState().history.labels).toEqual(['Node moved', 'Node moved']);
    store.getState().undo();
    expect(store.getState().document.workflow.graph.nodes[0]?.position).toEqual({ x: 100, y: 282 });
    store.getState().undo();
    expect(store.getState().document.workflow.graph.nodes[0]?.position).toEqual({ x: 80, y: 282 });
  });

  it('records a gesture as one entry however long it lasts', () => {
    const { store, tick } = clockedStore();
    store.getState().beginGesture();
    store.getState().moveNodes([{ id: '1', position: { x: 90, y: 282 } }]);
    tick(5000);
    store.getState().moveNodes([{ id: '1', position: { x: 99, y: 282 } }]);
    expect(store.getState().history.labels).toEqual([]);
    store.getState().endGesture();
    expect(store.getState().history).toEqual({ labels: ['Node moved'], position: 1 });
    store.getState().undo();
    expect(store.getState().document.workflow.graph.nodes[0]?.position).toEqual({ x: 80, y: 282 });
  });

  it('groups typing in a panel by group key', () => {
    const { store, tick } = clockedStore();
    store.getState().apply('Node added', (doc) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id: 'a' }));
    for (const code of ['p', 'pr', 'pri']) {
      store.getState().apply('Block edited: Code', (doc) => editNodeData(doc, 'a', { code }), { groupKey: 'edit:a:code' });
      tick(300);
    }
    expect(store.getState().history.labels).toEqual(['Node added', 'Block edited: Code']);
  });

  it('drops undone nodes from the selection and clears history when another document opens', () => {
    const { store } = clockedStore();
    store.getState().apply('Node added', (doc) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id: 'a' }));
    store.getState().selectNodes(['1', 'a']);
    store.getState().undo();
    expect(store.getState().selectedNodeIds).toEqual(['1']);
    store.getState().apply('Node connected', (doc) => connect(doc, { source: '1', target: '1' }));
    store.getState().importText(VALID);
    expect(store.getState().history).toEqual({ labels: [], position: 0 });
    expect(store.getState().canRedo).toBe(false);
    store.getState().apply('Nodes deleted', (doc) => deleteNodes(doc, ['a']));
    expect(store.getState().document.workflow.graph.nodes.map((n) => n.id)).toEqual(['s']);
  });
});

describe('edit lock (another tab is the writer)', () => {
  const REASON = 'This workflow is open for editing in another tab. Take over to edit here.';
  const clockedStore = () => ({ store: createDocumentStore(newWorkflow(1), { clock: () => 0 }) });

  it('refuses every edit, undo and redo while locked, with the reason, and allows them again when unlocked', () => {
    const { store } = clockedStore();
    store.getState().apply('Node added', (doc) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id: 'a' }));
    store.getState().apply('Node added', (doc) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id: 'b' }));
    store.getState().undo();
    const before = store.getState().document;
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: true });

    store.getState().setEditLock(REASON);
    expect(store.getState()).toMatchObject({ editLock: REASON, canUndo: false, canRedo: false });
    expect(store.getState().apply('Nodes deleted', (doc) => deleteNodes(doc, ['a']))).toEqual({ ok: false, reason: REASON });
    store.getState().moveNodes([{ id: 'a', position: { x: 500, y: 500 } }]);
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().document).toBe(before);
    expect(store.getState().history).toEqual({ labels: ['Node added', 'Node added'], position: 1 });

    store.getState().setEditLock(undefined);
    expect(store.getState()).toMatchObject({ editLock: undefined, canUndo: true, canRedo: true });
    store.getState().redo();
    expect(store.getState().document.workflow.graph.nodes.map((n) => n.id)).toEqual(['1', 'a', 'b']);
    expect(store.getState().apply('Nodes deleted', (doc) => deleteNodes(doc, ['a']))).toEqual({ ok: true });
  });

  it('still opens documents while locked (a read-only tab follows the writer), keeping the lock', () => {
    const { store } = clockedStore();
    store.getState().setEditLock(REASON);
    expect(store.getState().importText(VALID)).toMatchObject({ ok: true });
    expect(store.getState().document.app.name).toBe('Imported chat');
    expect(store.getState().editLock).toBe(REASON);
    expect(store.getState().apply('Nodes deleted', (doc) => deleteNodes(doc, ['a']))).toEqual({ ok: false, reason: REASON });
  });

  it('ends a drag in progress when the lock arrives: later frames change nothing', () => {
    const { store } = clockedStore();
    store.getState().beginGesture();
    store.getState().moveNodes([{ id: '1', position: { x: 100, y: 300 } }]);
    store.getState().setEditLock(REASON);
    const locked = store.getState().document;
    store.getState().moveNodes([{ id: '1', position: { x: 200, y: 400 } }]);
    store.getState().endGesture();
    expect(store.getState().document).toBe(locked);
    expect(store.getState().history.labels).toEqual(['Node moved']);
  });
});

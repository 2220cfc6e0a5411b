import { describe, expect, it } from 'vitest';
import { createDocumentStore } from './document-store';
import { newWorkflow } from './new-workflow';

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

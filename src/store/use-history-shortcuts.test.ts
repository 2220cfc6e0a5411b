import { describe, expect, it } from 'vitest';
import { addNode } from './commands/add-node';
import { createDocumentStore } from './document-store';
import { newWorkflow } from './new-workflow';
import { isEditableTarget, runShortcut, shortcutOf, type KeyLike } from './use-history-shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutOf', () => {
  it.each<[string, KeyLike, string | undefined]>([
    ['Ctrl+Z', key('z', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', key('z', { metaKey: true }), 'undo'],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Cmd+Shift+Z', key('Z', { metaKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', key('y', { ctrlKey: true }), 'redo'],
    ['Delete', key('Delete'), 'delete'],
    ['Backspace', key('Backspace'), 'delete'],
    ['plain Z', key('z'), undefined],
    ['Ctrl+Alt+Z', key('z', { ctrlKey: true, altKey: true }), undefined],
    ['Ctrl+Backspace', key('Backspace', { ctrlKey: true }), undefined],
  ])('%s', (_label, event, expected) => {
    expect(shortcutOf(event)).toBe(expected);
  });
});

describe('isEditableTarget', () => {
  it('recognises text fields, selects and contenteditable elements', () => {
    expect(isEditableTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'textarea' })).toBe(true);
    expect(isEditableTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});

describe('runShortcut', () => {
  it('deletes the selection, then undoes and redoes it', () => {
    const store = createDocumentStore(newWorkflow(1));
    store.getState().apply('Node added', (d) => addNode(d, { type: 'code', position: { x: 0, y: 0 }, id: 'a' }));
    expect(runShortcut('delete', store)).toBe(false);
    store.getState().selectNodes(['a']);
    expect(runShortcut('delete', store)).toBe(true);
    expect(store.getState().document.workflow.graph.nodes.map((n) => n.id)).toEqual(['1']);
    expect(store.getState().history.labels).toEqual(['Node added', 'Nodes deleted']);
    expect(store.getState().selectedNodeIds).toEqual([]);
    runShortcut('undo', store);
    expect(store.getState().document.workflow.graph.nodes.map((n) => n.id)).toEqual(['1', 'a']);
    runShortcut('redo', store);
    expect(store.getState().document.workflow.graph.nodes.map((n) => n.id)).toEqual(['1']);
  });
});

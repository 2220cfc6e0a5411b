import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { newWorkflow } from '../store/new-workflow';
import { addNode } from '../store/commands/add-node';
import { bindEditLock, READ_ONLY_REASON } from './edit-lock';
import { createPersistenceStore, setPersistence } from './persistence-store';

const addCode = (id: string) => (doc: Parameters<typeof addNode>[0]) => addNode(doc, { type: 'code', position: { x: 0, y: 0 }, id });

describe('edit lock binding', () => {
  it('locks the document store while the tab is read-only and unlocks when it writes again', () => {
    const status = createPersistenceStore();
    const documents = createDocumentStore(newWorkflow(1));
    const unbind = bindEditLock(status, documents);
    expect(documents.getState().apply('Node added', addCode('a'))).toEqual({ ok: true });

    setPersistence(status, { workflowId: 'w', saveState: 'read-only' });
    expect(documents.getState().editLock).toBe(READ_ONLY_REASON);
    expect(documents.getState().apply('Node added', addCode('b'))).toEqual({ ok: false, reason: READ_ONLY_REASON });

    setPersistence(status, { workflowId: 'w', saveState: 'read-only', error: 'Changed in another window.' });
    expect(documents.getState().apply('Node added', addCode('b'))).toEqual({ ok: false, reason: 'Changed in another window.' });

    setPersistence(status, { workflowId: 'w', saveState: 'saved' });
    expect(documents.getState().editLock).toBeUndefined();
    expect(documents.getState().apply('Node added', addCode('b'))).toEqual({ ok: true });

    unbind();
    setPersistence(status, { workflowId: 'w', saveState: 'read-only' });
    expect(documents.getState().editLock).toBeUndefined();
  });

  it('takes the status it finds when bound', () => {
    const status = createPersistenceStore();
    setPersistence(status, { saveState: 'read-only' });
    const documents = createDocumentStore(newWorkflow(1));
    bindEditLock(status, documents);
    expect(documents.getState().editLock).toBe(READ_ONLY_REASON);
  });

  it('does not lock for storage errors: the in-memory document stays editable', () => {
    const status = createPersistenceStore();
    const documents = createDocumentStore(newWorkflow(1));
    bindEditLock(status, documents);
    setPersistence(status, { saveState: 'error', error: 'Storage is full' });
    expect(documents.getState().apply('Node added', addCode('a'))).toEqual({ ok: true });
  });
});

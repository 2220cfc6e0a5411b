import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { openDraftDb, type DraftDb } from './draft-db';
import { createDraftSaver } from './draft-saver';
import { createLibrary } from './library';
import { createSnapshots } from './snapshots';
import { createPersistenceStore } from './persistence-store';
import { createTabCoordinator, lockName, type TabCoordinator } from './tab-coordination';
import { freshDb, movedFirstNode } from './test-support';

/** Web Locks for one browser profile: exclusive locks, `ifAvailable`, and `steal` (the holder's request rejects). */
class FakeLocks {
  private holders = new Map<string, { reject: (error: unknown) => void }>();
  request(name: string, options: LockOptions, callback: LockGrantedCallback<unknown>): Promise<unknown> {
    const holder = this.holders.get(name);
    if (holder && options.steal) {
      this.holders.delete(name);
      holder.reject(new DOMException('The lock was stolen.', 'AbortError'));
    } else if (holder) {
      if (options.ifAvailable) return Promise.resolve(callback(null));
      return Promise.reject(new Error('FakeLocks does not queue waiting requests'));
    }
    return new Promise((resolve, reject) => {
      const entry = { reject };
      this.holders.set(name, entry);
      Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then(
        (value) => {
          if (this.holders.get(name) === entry) this.holders.delete(name);
          resolve(value);
        },
        reject,
      );
    });
  }
  isHeld(name: string) {
    return this.holders.has(name);
  }
}

const coordinators: TabCoordinator[] = [];
afterEach(() => {
  coordinators.splice(0).forEach((c) => c.close());
});

function tab(db: DraftDb, locks: FakeLocks | null) {
  const coordinator = createTabCoordinator({ locks: locks as unknown as LockManager | null });
  coordinators.push(coordinator);
  const documents = createDocumentStore();
  const status = createPersistenceStore();
  const saver = createDraftSaver({ openDb: async () => db, documents, status, coordinator, debounceMs: 60_000 });
  const edit = (dx: number) => documents.setState({ document: movedFirstNode(documents.getState().document, dx) });
  return { coordinator, documents, status, saver, edit };
}

describe('two tabs on one workflow (Web Locks + BroadcastChannel)', () => {
  it('one writer; the other is read-only, follows the writer\'s saves, and can take over', async () => {
    const { db, name } = await freshDb();
    const locks = new FakeLocks();
    const a = tab(db, locks);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    expect(a.saver.role).toBe('writer');
    expect(locks.isHeld(lockName(workflowId))).toBe(true);

    const b = tab(await openDraftDb({ name }), locks);
    expect((await b.saver.restoreLastWorkflow()).workflowId).toBe(workflowId);
    expect(b.saver.role).toBe('read-only');
    expect(b.status.getState().saveState).toBe('read-only');

    // A saves; B hears "changed at revision 1" and reloads.
    a.edit(200);
    await a.saver.flush();
    await vi.waitFor(() => expect(b.documents.getState().document).toEqual(a.documents.getState().document));
    expect(b.status.getState().saveState).toBe('read-only');

    // B takes over: A loses the lock and becomes read-only; B's saves reach A.
    await b.saver.takeOver();
    expect(b.saver.role).toBe('writer');
    await vi.waitFor(() => expect(a.status.getState().saveState).toBe('read-only'));
    b.edit(-30);
    await b.saver.flush();
    expect(b.status.getState().saveState).toBe('saved');
    await vi.waitFor(() => expect(a.documents.getState().document).toEqual(b.documents.getState().document));
    const record = await createLibrary(db).open(workflowId);
    expect(record.ok && record.record.revision).toBe(2);

    // A, read-only, writes nothing.
    a.edit(999);
    await a.saver.flush();
    const after = await createLibrary(db).open(workflowId);
    expect(after.ok && after.record.revision).toBe(2);
  });

  it('keeps the unsaved edits of a tab that was taken over as a snapshot before it follows the new writer', async () => {
    const { db, name } = await freshDb();
    const locks = new FakeLocks();
    const a = tab(db, locks);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const b = tab(await openDraftDb({ name }), locks);
    await b.saver.restoreLastWorkflow();
    a.edit(77); // not saved yet (long debounce) when B takes over
    const unsaved = a.documents.getState().document;
    await b.saver.takeOver();
    await vi.waitFor(() => expect(a.saver.role).toBe('read-only'));
    b.edit(-5);
    await b.saver.flush();
    await vi.waitFor(() => expect(a.documents.getState().document).toEqual(b.documents.getState().document));
    const snapshots = createSnapshots(db);
    const { snapshots: list } = await snapshots.list(workflowId);
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toMatch(/^Edits not saved when another tab took over/);
    expect(a.status.getState()).toMatchObject({ saveState: 'read-only', error: expect.stringContaining(list[0]!.name) });
    const restored = await snapshots.restore(list[0]!.id);
    expect(restored.ok && restored.workflow.document).toEqual(unsaved);
  });

  it('lets the lock go when the workflow is closed, so another tab can write it', async () => {
    const { db } = await freshDb();
    const locks = new FakeLocks();
    const a = tab(db, locks);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const other = await createLibrary(db).create(movedFirstNode(a.documents.getState().document, 1));
    await a.saver.open(other.id);
    expect(locks.isHeld(lockName(workflowId))).toBe(false);
    expect(locks.isHeld(lockName(other.id))).toBe(true);
    a.saver.dispose();
    await vi.waitFor(() => expect(locks.isHeld(lockName(other.id))).toBe(false));
  });

  it('ignores messages that are not Flowpad\'s', async () => {
    const { db } = await freshDb();
    const a = tab(db, null);
    await a.saver.restoreLastWorkflow();
    const heard: unknown[] = [];
    a.coordinator.subscribe((event) => heard.push(event));
    const stranger = new BroadcastChannel('flowpad-drafts');
    stranger.postMessage({ type: 'changed', workflowId: 42 });
    stranger.postMessage('hello');
    const b = tab(db, null);
    b.coordinator.announceChange('w1', 3);
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toMatchObject({ type: 'changed', workflowId: 'w1', revision: 3 });
    stranger.close();
  });
});

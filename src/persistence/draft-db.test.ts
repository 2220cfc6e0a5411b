import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { describeStorageError, DRAFT_DB_VERSION, openDraftDb } from './draft-db';
import { createLibrary, newWorkflowRecord } from './library';
import { createSnapshots } from './snapshots';
import { fixtureDocument, freshDb } from './test-support';

describe('draft database', () => {
  it('creates every store and index on an empty browser profile', async () => {
    const { db } = await freshDb();
    expect(db.version).toBe(DRAFT_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['graphItems', 'meta', 'snapshots', 'workflows']);
    const tx = db.transaction(['workflows', 'snapshots'], 'readonly');
    expect([...tx.objectStore('workflows').indexNames].sort()).toEqual(['byIdRevision', 'byUpdatedAt']);
    expect([...tx.objectStore('snapshots').indexNames]).toEqual(['byWorkflowId']);
    expect(tx.objectStore('workflows').keyPath).toBe('id');
    db.close();
  });

  it('reopens an existing database without losing its records', async () => {
    const { db, name } = await freshDb();
    const created = await createLibrary(db).create(fixtureDocument().document);
    db.close();
    const again = await openDraftDb({ name });
    const read = await createLibrary(again).open(created.id);
    expect(read.ok && read.record.document).toEqual(created.document);
    again.close();
  });
});

describe('upgrading a version 1 database', () => {
  /** A database as version 1 of the app left it: whole workflows, one record each. */
  async function versionOne(name: string, records: unknown[]) {
    const old = await openDB(name, 1, {
      upgrade(database) {
        const workflows = database.createObjectStore('workflows', { keyPath: 'id' });
        workflows.createIndex('byIdRevision', ['id', 'revision'], { unique: true });
        workflows.createIndex('byUpdatedAt', 'updatedAt');
        database.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('byWorkflowId', 'workflowId');
        database.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    for (const record of records) await old.put('workflows', record);
    old.close();
  }

  it('opens a version 1 draft as the same document, its nodes and edges now kept apart', async () => {
    const name = `flowpad-upgrade-${Math.random().toString(36).slice(2)}`;
    const { document, format } = fixtureDocument('chatflow-all-blocks.yml');
    const draft = { ...newWorkflowRecord(document, format, 5), revision: 3, viewport: { x: 1, y: 2, zoom: 0.5 } };
    const broken = { id: 'broken', name: 'x', mode: 'workflow', createdAt: 1, updatedAt: 1, revision: 0, format: { allowUnicode: true } };
    await versionOne(name, [draft, broken]);

    const db = await openDraftDb({ name });
    expect(db.version).toBe(DRAFT_DB_VERSION);
    const read = await createLibrary(db).open(draft.id);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.record).toEqual(draft);
      expect(JSON.stringify(read.record.document)).toBe(JSON.stringify(document));
    }
    const items = (await db.getAll('graphItems')).filter((i) => i.workflowId === draft.id);
    expect(items.filter((i) => i.list === 'nodes')).toHaveLength(document.workflow.graph.nodes.length);
    expect(items.filter((i) => i.list === 'edges')).toHaveLength(document.workflow.graph.edges.length);
    const head = await db.get('workflows', draft.id);
    expect(head?.document.workflow.graph.nodes).toEqual({ itemIds: document.workflow.graph.nodes.map((n) => n.id) });
    // A damaged version 1 record is left as it was, and still reported.
    expect(await db.get('workflows', 'broken')).toEqual(broken);
    expect((await createLibrary(db).list()).damaged.map((d) => d.id)).toEqual(['broken']);
    db.close();
  });
});

describe('records read back are validated', () => {
  it('reports a garbage workflow record and never loads it', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db);
    const good = await library.create(fixtureDocument().document);
    // Another app version (or corruption) wrote these straight into the store.
    const garbage = [
      { id: 'no-document', name: 'x', mode: 'workflow', createdAt: 1, updatedAt: 1, revision: 0, format: { allowUnicode: true } },
      { id: 'bad-nodes', name: 'y', mode: 'workflow', createdAt: 1, updatedAt: 2, revision: 0, format: { allowUnicode: true }, document: { app: { mode: 'workflow' }, workflow: { graph: { nodes: [{ data: {} }], edges: [] } } } },
      { ...good, id: 'bad-revision', revision: 'seven' },
    ];
    for (const record of garbage) await db.put('workflows', record as never);

    for (const record of garbage) {
      const read = await library.open(record.id);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/damaged or from another version/);
    }
    const listing = await library.list();
    expect(listing.workflows.map((w) => w.id)).toEqual([good.id]);
    expect(listing.damaged.map((d) => d.id).sort()).toEqual(['bad-nodes', 'bad-revision', 'no-document']);
    // The damaged records stay where they are: reported, not deleted.
    expect(await db.count('workflows')).toBe(4);
  });

  it('reports a garbage snapshot and a garbage setting', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db);
    const workflow = await library.create(fixtureDocument().document);
    await db.put('snapshots', { id: 's1', workflowId: workflow.id, name: 'broken', document: 'yaml text', createdAt: 1 } as never);
    const listing = await createSnapshots(db).list(workflow.id);
    expect(listing.snapshots).toEqual([]);
    expect(listing.damaged.map((d) => d.id)).toEqual(['s1']);
    expect((await createSnapshots(db).restore('s1')).ok).toBe(false);

    await db.put('meta', { key: 'lastOpenedWorkflowId', value: 42 } as never);
    expect(await library.lastOpenedId()).toBeUndefined();
  });
});

describe('storage errors in the user\'s words', () => {
  it('names a full disk, and keeps the promise that nothing is lost', () => {
    const message = describeStorageError(new DOMException('quota', 'QuotaExceededError'));
    expect(message).toMatch(/Storage is full/);
    expect(message).toMatch(/kept in this tab/);
    expect(describeStorageError(new Error('boom'))).toMatch(/Error: boom/);
  });
});

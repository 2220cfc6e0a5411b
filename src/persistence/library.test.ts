import { describe, expect, it } from 'vitest';
import { createLibrary } from './library';
import { createSnapshots } from './snapshots';
import { fixtureDocument, freshDb, movedFirstNode } from './test-support';

function clock(start = 1_000) {
  let t = start;
  return () => (t += 10);
}

describe('workflow library', () => {
  it('creates, lists newest first, opens, renames', async () => {
    const { db } = await freshDb();
    const changes: [string, number][] = [];
    const library = createLibrary(db, { now: clock(), onChange: (id, revision) => changes.push([id, revision]) });
    const { document, format } = fixtureDocument();
    const a = await library.create(document, format);
    const b = await library.create(fixtureDocument('chatflow-all-blocks.yml').document);
    expect(a.name).toBe(document.app.name);
    expect(b.mode).toBe('advanced-chat');
    expect((await library.list()).workflows.map((w) => w.id)).toEqual([b.id, a.id]);

    const renamed = await library.rename(a.id, 'Renamed');
    expect(renamed.ok && renamed.record.revision).toBe(1);
    const opened = await library.open(a.id);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.record.name).toBe('Renamed');
    expect(opened.record.document.app.name).toBe('Renamed');
    expect(opened.record.document.workflow).toEqual(document.workflow);
    expect((await library.list()).workflows.map((w) => w.id)).toEqual([a.id, b.id]);
    expect(changes).toEqual([[a.id, 0], [b.id, 0], [a.id, 1]]);
    expect((await library.open('nope')).ok).toBe(false);
    expect((await library.rename('nope', 'x')).ok).toBe(false);
  });

  it('lists what the library page shows: name, mode, node count, last edit; refuses a blank name', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db, { now: clock(5_000) });
    const { document } = fixtureDocument('chatflow-all-blocks.yml');
    const created = await library.create(document);
    const [row] = (await library.list()).workflows;
    expect(row).toEqual({ id: created.id, name: document.app.name, mode: 'advanced-chat', nodeCount: document.workflow.graph.nodes.length, createdAt: 5_010, updatedAt: 5_010, revision: 0 });
    expect(await library.rename(created.id, '   ')).toEqual({ ok: false, message: 'A workflow needs a name.' });
    const renamed = await library.rename(created.id, '  Trimmed  ');
    expect(renamed.ok && renamed.record.name).toBe('Trimmed');
  });

  it('lists damaged records with their reason and never returns them as workflows', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db, { now: clock() });
    const good = await library.create(fixtureDocument().document);
    const broken = { ...good, id: 'broken-1', document: { ...good.document, workflow: { graph: { nodes: 'not a list' } } } };
    await db.put('workflows', broken as never);
    const listing = await library.list();
    expect(listing.workflows.map((w) => w.id)).toEqual([good.id]);
    expect(listing.damaged).toHaveLength(1);
    expect(listing.damaged[0]).toMatchObject({ id: 'broken-1', message: expect.stringContaining('document.workflow') });
    expect((await library.open('broken-1')).ok).toBe(false);
  });

  it('duplicates a workflow into an independent copy', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db, { now: clock() });
    const original = await library.create(fixtureDocument().document);
    const copy = await library.duplicate(original.id);
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.record.id).not.toBe(original.id);
    expect(copy.record.name).toBe(`${original.name} (copy)`);
    expect(copy.record.document.workflow.graph).toEqual(original.document.workflow.graph);
    await library.rename(copy.record.id, 'Only the copy');
    const again = await library.open(original.id);
    expect(again.ok && again.record.name).toBe(original.name);
    expect((await library.list()).workflows).toHaveLength(2);
  });

  it('soft-deletes to the trash, restores (undo), and purges old trash with its snapshots', async () => {
    const { db } = await freshDb();
    const now = clock();
    const library = createLibrary(db, { now });
    const keep = await library.create(fixtureDocument().document);
    const gone = await library.create(fixtureDocument('workflow-llm-end.yml').document);
    await createSnapshots(db, { now }).create(gone.id, 'before');

    await library.remove(gone.id);
    expect((await library.list()).workflows.map((w) => w.id)).toEqual([keep.id]);
    expect((await library.listTrash()).workflows.map((w) => w.id)).toEqual([gone.id]);

    await library.restore(gone.id);
    expect((await library.list()).workflows.map((w) => w.id).sort()).toEqual([keep.id, gone.id].sort());
    expect((await library.listTrash()).workflows).toEqual([]);

    await library.remove(gone.id);
    expect(await library.purgeTrash(60_000)).toEqual([]); // too recent
    expect(await library.purgeTrash(0)).toEqual([gone.id]);
    expect((await library.open(gone.id)).ok).toBe(false);
    expect(await db.count('snapshots')).toBe(0);
    expect((await library.open(keep.id)).ok).toBe(true);
  });

  it('remembers the last opened workflow', async () => {
    const { db } = await freshDb();
    const library = createLibrary(db);
    expect(await library.lastOpenedId()).toBeUndefined();
    await library.setLastOpenedId('abc');
    expect(await library.lastOpenedId()).toBe('abc');
  });
});

describe('snapshots', () => {
  it('creates named snapshots, lists them newest first, restores undoably', async () => {
    const { db } = await freshDb();
    const now = clock();
    const changes: number[] = [];
    const library = createLibrary(db, { now });
    const snapshots = createSnapshots(db, { now, onChange: (_id, revision) => changes.push(revision) });
    const { document } = fixtureDocument();
    const workflow = await library.create(document);
    const v1 = await snapshots.create(workflow.id, 'v1');
    expect(v1.ok).toBe(true);
    if (!v1.ok) return;

    // The workflow moves on after the snapshot.
    const edited = movedFirstNode(document, 500);
    await db.put('workflows', { ...workflow, document: edited, revision: 1 });
    await snapshots.create(workflow.id, 'v2');
    expect((await snapshots.list(workflow.id)).snapshots.map((s) => s.name)).toEqual(['v2', 'v1']);

    const restored = await snapshots.restore(v1.record.id);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.workflow.revision).toBe(2);
    expect(changes).toEqual([2]);
    const now1 = await library.open(workflow.id);
    expect(now1.ok && now1.record.document).toEqual(document);

    // Undo the restore: the automatic snapshot holds what it replaced.
    const names = (await snapshots.list(workflow.id)).snapshots.map((s) => s.name);
    expect(names).toEqual(['Before restoring "v1"', 'v2', 'v1']);
    const undo = await snapshots.restore(restored.undoSnapshotId);
    expect(undo.ok).toBe(true);
    const now2 = await library.open(workflow.id);
    expect(now2.ok && now2.record.document).toEqual(edited);
    expect(now2.ok && now2.record.revision).toBe(3);
  });

  it('refuses to snapshot or restore what does not exist', async () => {
    const { db } = await freshDb();
    const snapshots = createSnapshots(db);
    expect((await snapshots.create('missing', 'x')).ok).toBe(false);
    expect((await snapshots.restore('missing')).ok).toBe(false);
    expect(await db.count('snapshots')).toBe(0);
  });
});

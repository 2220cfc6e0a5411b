import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, type DslDocument } from '../dsl';
import { createDocumentStore } from '../store/document-store';
import type { DraftDb } from './draft-db';
import { createDraftSaver } from './draft-saver';
import { createLibrary } from './library';
import { createSnapshots } from './snapshots';
import { attachPageLifecycle } from './page-lifecycle';
import { createPersistenceStore } from './persistence-store';
import { fixtureDocument, fixtureText, freshDb, movedFirstNode } from './test-support';

/** One browser tab: its own document store, status and saver, on a shared database. */
function tab(db: DraftDb, debounceMs = 500) {
  const documents = createDocumentStore();
  const status = createPersistenceStore();
  const saver = createDraftSaver({ openDb: async () => db, documents, status, debounceMs });
  const edit = (dx = 40) => documents.setState({ document: movedFirstNode(documents.getState().document, dx) });
  const open = (file: string) => {
    const parsed = parse(fixtureText(file));
    if (!parsed.ok) throw new Error('fixture does not parse');
    documents.getState().openParsed(parsed);
  };
  return { documents, status, saver, edit, open };
}

async function stored(db: DraftDb, id: string | undefined) {
  const read = await createLibrary(db).open(id ?? '');
  if (!read.ok) throw new Error(read.message);
  return read.record;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('draft saver: restore and round trip', () => {
  it('creates a workflow for the editor\'s document when the library is empty', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const opened = await a.saver.restoreLastWorkflow();
    expect(a.status.getState()).toMatchObject({ workflowId: opened.workflowId, saveState: 'saved' });
    expect((await stored(db, opened.workflowId)).document).toEqual(a.documents.getState().document);
    expect(await createLibrary(db).lastOpenedId()).toBe(opened.workflowId);
  });

  it('saves an imported workflow and restores it deep-equal, with format and viewport, in a new session', async () => {
    const { db } = await freshDb();
    const first = tab(db);
    await first.saver.restoreLastWorkflow();
    first.open('chatflow-all-blocks.yml');
    first.edit(25);
    first.saver.setViewport({ x: -120, y: 40, zoom: 0.8 });
    await first.saver.flush();
    const expected: DslDocument = first.documents.getState().document;
    expect(first.status.getState().saveState).toBe('saved');

    const second = tab(db);
    const restored = await second.saver.restoreLastWorkflow();
    expect(restored.workflowId).toBe(first.status.getState().workflowId);
    expect(restored.viewport).toEqual({ x: -120, y: 40, zoom: 0.8 });
    const { document, format } = second.documents.getState();
    const { viewport, ...graph } = document.workflow.graph;
    const { viewport: _expectedViewport, ...expectedGraph } = expected.workflow.graph;
    expect(graph).toEqual(expectedGraph);
    expect({ ...document, workflow: { ...document.workflow, graph: expectedGraph } }).toEqual({ ...expected, workflow: { ...expected.workflow, graph: expectedGraph } });
    expect(viewport).toEqual({ x: -120, y: 40, zoom: 0.8 });
    expect(format).toEqual(first.documents.getState().format);
    expect(second.documents.getState().documentKey).toBe(1);
  });

  it('keeps the previous workflow\'s last edit when another document is opened, and adds the new one', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    const start = await a.saver.restoreLastWorkflow();
    a.edit(70);
    const edited = a.documents.getState().document;
    a.open('workflow-llm-end.yml');
    await a.saver.flush();
    const now = a.status.getState().workflowId;
    expect(now).not.toBe(start.workflowId);
    expect((await stored(db, start.workflowId)).document).toEqual(edited);
    expect((await stored(db, now)).document).toEqual(a.documents.getState().document);
    expect((await createLibrary(db).list()).workflows).toHaveLength(2);
  });

  it('reports an unreadable last workflow, leaves it alone, and opens a fresh one', async () => {
    const { db } = await freshDb();
    await db.put('workflows', { id: 'corrupt', name: 'x', document: 'not a document' } as never);
    await createLibrary(db).setLastOpenedId('corrupt');
    const a = tab(db);
    const opened = await a.saver.restoreLastWorkflow();
    expect(opened.problem).toMatch(/could not be opened.*damaged/);
    expect(opened.workflowId).not.toBe('corrupt');
    expect(a.documents.getState().document.workflow.graph.nodes.length).toBeGreaterThan(0);
    expect(await db.get('workflows', 'corrupt')).toEqual({ id: 'corrupt', name: 'x', document: 'not a document' });
  });
});

describe('draft saver: when it writes', () => {
  it('debounces: one write 500 ms after the last of a burst of edits', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    a.edit();
    vi.advanceTimersByTime(300);
    a.edit();
    vi.advanceTimersByTime(300);
    a.edit();
    expect(a.status.getState().saveState).toBe('unsaved');
    vi.advanceTimersByTime(499);
    expect(put).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await vi.waitUntil(() => a.status.getState().saveState === 'saved');
    // One write: the workflow's head and the one node the edits moved.
    expect(put).toHaveBeenCalledTimes(2);
    const record = await stored(db, workflowId);
    expect(record.revision).toBe(1);
    expect(record.document).toEqual(a.documents.getState().document);
  });

  it('saves at once on pagehide and when the tab is hidden', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const page = { window: new EventTarget(), document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }) };
    const detach = attachPageLifecycle(a.saver, page);
    a.edit();
    page.window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await stored(db, workflowId)).revision).toBe(1));
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);

    a.edit();
    page.document.dispatchEvent(new Event('visibilitychange')); // still visible: no save
    await new Promise((r) => setTimeout(r, 20));
    expect((await stored(db, workflowId)).revision).toBe(1);
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(async () => expect((await stored(db, workflowId)).revision).toBe(2));
    detach();
  });
});

describe('draft saver: unload write', () => {
  it('issues the put inside the pagehide event itself, so an unloading page cannot drop it', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const page = { window: new EventTarget(), document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }) };
    attachPageLifecycle(a.saver, page);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    a.edit();
    page.window.dispatchEvent(new Event('pagehide'));
    expect(put).toHaveBeenCalledTimes(2); // the head and the moved node
    expect(commit).toHaveBeenCalledTimes(1);
    await vi.waitUntil(() => a.status.getState().saveState === 'saved');
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);
    page.window.dispatchEvent(new Event('pagehide')); // nothing new: no write
    expect(put).toHaveBeenCalledTimes(2);
  });

  it('writes the latest content over a debounced write still in flight, without a false conflict', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    // The moment the queued write has taken its content (and not yet issued its put), the page is left.
    const stop = a.status.subscribe((state) => {
      if (state.saveState !== 'saving') return;
      stop();
      a.edit(20);
      a.saver.flushNow();
    });
    a.edit(10);
    await a.saver.flush();
    await vi.waitUntil(() => a.status.getState().saveState === 'saved');
    expect(a.saver.role).toBe('writer');
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);
    a.edit(5);
    await a.saver.flush();
    expect(a.saver.role).toBe('writer');
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);
  });

  it('does not write from a read-only tab', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const b = tab(db);
    await b.saver.restoreLastWorkflow();
    a.edit();
    await a.saver.flush();
    const before = await stored(db, workflowId);
    // b saw a newer revision while editing: it stops writing (read-only) and the unload write respects that.
    b.edit();
    await b.saver.flush();
    expect(b.saver.role).toBe('read-only');
    b.saver.flushNow();
    await new Promise((r) => setTimeout(r, 10));
    expect((await stored(db, workflowId)).revision).toBe(before.revision);
  });
});

describe('draft saver: failures', () => {
  it('a full disk sets the error state, keeps the document, and the next change retries', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    a.edit(10);
    const edited = a.documents.getState().document;
    await a.saver.flush();
    expect(a.status.getState().saveState).toBe('error');
    expect(a.status.getState().error).toMatch(/Storage is full/);
    expect(a.documents.getState().document).toBe(edited);
    expect((await stored(db, workflowId)).revision).toBe(0);

    put.mockRestore();
    a.edit(10);
    expect(a.status.getState().saveState).toBe('error'); // until the retry succeeds
    await a.saver.flush();
    expect(a.status.getState().saveState).toBe('saved');
    expect(a.status.getState().error).toBeUndefined();
    const record = await stored(db, workflowId);
    expect(record.revision).toBe(1);
    expect(record.document).toEqual(a.documents.getState().document);
  });

  it('a database that will not open is an error, not a crash, and is retried', async () => {
    const { db } = await freshDb();
    let fail = true;
    const documents = createDocumentStore();
    const status = createPersistenceStore();
    const saver = createDraftSaver({ openDb: async () => (fail ? Promise.reject(new DOMException('blocked', 'UnknownError')) : db), documents, status });
    await saver.restoreLastWorkflow();
    expect(status.getState().saveState).toBe('error');
    fail = false;
    documents.setState({ document: movedFirstNode(documents.getState().document, 5) });
    await saver.flush();
    expect(status.getState().saveState).toBe('saved');
    expect((await stored(db, status.getState().workflowId)).document).toEqual(documents.getState().document);
  });
});

describe('draft saver: two tabs without Web Locks (revision guard)', () => {
  it('refuses the stale write of the second tab, which goes read-only; take over writes its version', async () => {
    const { db, name } = await freshDb();
    const a = tab(db);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const { openDraftDb } = await import('./draft-db');
    const b = tab(await openDraftDb({ name }));
    expect((await b.saver.restoreLastWorkflow()).workflowId).toBe(workflowId);

    a.edit(100);
    await a.saver.flush();
    const fromA = a.documents.getState().document;
    b.edit(-100);
    await b.saver.flush();
    expect(b.status.getState().saveState).toBe('read-only');
    expect(b.status.getState().error).toMatch(/changed in another tab/);
    expect(b.saver.role).toBe('read-only');
    expect((await stored(db, workflowId)).document).toEqual(fromA);
    expect((await stored(db, workflowId)).revision).toBe(1);

    // Read-only: further edits are not written.
    b.edit(-5);
    await b.saver.flush();
    expect((await stored(db, workflowId)).revision).toBe(1);

    await b.saver.takeOver();
    expect(b.status.getState().saveState).toBe('saved');
    expect((await stored(db, workflowId)).document).toEqual(b.documents.getState().document);
    // What A had saved is not lost: it was kept as a version before B's edits replaced it.
    const snapshots = createSnapshots(db);
    const [kept, ...others] = (await snapshots.list(workflowId)).snapshots;
    expect(others).toEqual([]);
    expect(kept!.name).toMatch(/^Saved in another tab, replaced on take over/);
    expect((await db.get('snapshots', kept!.id))?.document).toEqual(fromA);
    a.edit(1);
    await a.saver.flush();
    expect(a.status.getState().saveState).toBe('read-only');
    expect((await stored(db, workflowId)).document).toEqual(b.documents.getState().document);
  });
});

describe('draft saver: writes only what changed, and knows when it cannot', () => {
  it('after a take over, nodes another tab changed are written back as this tab has them', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const b = tab(db);
    a.open('workflow-logic-blocks.yml');
    const { workflowId } = await a.saver.restoreLastWorkflow();
    await b.saver.restoreLastWorkflow();
    // A changes the second node only; B, which does not know, changes the first one.
    const doc = a.documents.getState().document;
    const [first, second, ...rest] = doc.workflow.graph.nodes;
    const retitled = { ...second!, data: { ...second!.data, title: 'Changed in A' } };
    a.documents.setState({ document: { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: [first!, retitled, ...rest] } } } });
    await a.saver.flush();
    b.edit(-100);
    await b.saver.flush();
    expect(b.saver.role).toBe('read-only');
    await b.saver.takeOver();
    const after = await stored(db, workflowId);
    expect(after.document).toEqual(b.documents.getState().document);
    expect(after.document.workflow.graph.nodes[1]?.data.title).not.toBe('Changed in A');
  });

  it('an unload write issued while a write reads the revision supersedes it; storage holds the latest', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    a.open('workflow-logic-blocks.yml');
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const read = IDBIndex.prototype.openKeyCursor;
    let once = true;
    const before = a.documents.getState().document;
    const [first, second, ...rest] = before.workflow.graph.nodes;
    const retitled = { ...second!, data: { ...second!.data, title: 'Undone before the unload' } };
    vi.spyOn(IDBIndex.prototype, 'openKeyCursor').mockImplementation(function (this: IDBIndex, ...args: Parameters<IDBIndex['openKeyCursor']>) {
      if (once) {
        once = false;
        // The retitle is undone (the very node object is back) and another node moves; the page is left.
        a.documents.setState({ document: movedFirstNode(before, 7) });
        a.saver.flushNow();
      }
      return read.apply(this, args);
    });
    a.documents.setState({ document: { ...before, workflow: { ...before.workflow, graph: { ...before.workflow.graph, nodes: [first!, retitled, ...rest] } } } });
    await a.saver.flush();
    await vi.waitUntil(() => a.status.getState().saveState === 'saved');
    expect(a.saver.role).toBe('writer');
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);
    vi.restoreAllMocks();
    a.edit(1);
    await a.saver.flush();
    expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document);
  });

  it('an unload write while a write is in flight does not rest on it, which may fail: storage holds the latest', async () => {
    const { db } = await freshDb();
    const a = tab(db, 60_000);
    a.open('workflow-logic-blocks.yml');
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const second = a.documents.getState().document.workflow.graph.nodes[1]!;
    const original = IDBObjectStore.prototype.put;
    let once = true;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (once) {
        once = false;
        // After the write has issued its records, before it commits: the second node goes away.
        queueMicrotask(() => {
          const now = a.documents.getState().document;
          const nodes = now.workflow.graph.nodes.filter((n) => n.id !== second.id);
          a.documents.setState({ document: { ...now, workflow: { ...now.workflow, graph: { ...now.workflow.graph, nodes } } } });
          a.saver.flushNow();
          // ...and the write in flight fails: the unload write must not have counted on it.
          this.transaction.abort();
        });
      }
      return original.apply(this, args);
    });
    a.edit(3);
    await a.saver.flush().catch(() => undefined);
    await vi.waitFor(async () => expect((await stored(db, workflowId)).document).toEqual(a.documents.getState().document));
    expect((await db.getAll('graphItems')).some((i) => i.workflowId === workflowId && i.id === second.id)).toBe(false);
  });
});

describe('draft saver: this tab\'s library writes', () => {
  it('reloads the open workflow after a snapshot restore instead of overwriting it', async () => {
    const { db } = await freshDb();
    const a = tab(db);
    const { workflowId } = await a.saver.restoreLastWorkflow();
    const renamed = await createLibrary(db).rename(workflowId, 'Renamed elsewhere');
    if (!renamed.ok) throw new Error(renamed.message);
    await a.saver.noticeChange(workflowId, renamed.record.revision);
    expect(a.documents.getState().document.app.name).toBe('Renamed elsewhere');
    a.edit();
    await a.saver.flush();
    expect(a.status.getState().saveState).toBe('saved');
    expect((await stored(db, workflowId)).revision).toBe(2);
    expect(fixtureDocument().document.app.name).not.toBe('Renamed elsewhere');
  });
});

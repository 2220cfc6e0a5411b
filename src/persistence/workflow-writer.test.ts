import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DslDocument, DslNode } from '../dsl';
import type { DraftDb } from './draft-db';
import type { GraphItemRecord, WorkflowRecord } from './records';
import { createLibrary, newWorkflowRecord } from './library';
import { createWorkflowWriter } from './workflow-writer';
import { fixtureDocument, freshDb, movedFirstNode } from './test-support';

afterEach(() => vi.restoreAllMocks());

function withNodes(document: DslDocument, nodes: DslNode[], edges = document.workflow.graph.edges): DslDocument {
  return { ...document, workflow: { ...document.workflow, graph: { ...document.workflow.graph, nodes, edges } } };
}

/** A workflow written once, whole, by a fresh writer: storage and writer agree on it. */
async function stored(): Promise<{ db: DraftDb; writer: ReturnType<typeof createWorkflowWriter>; record: WorkflowRecord }> {
  const { db } = await freshDb();
  const { document, format } = fixtureDocument('workflow-logic-blocks.yml');
  const record = newWorkflowRecord(document, format, 1);
  const writer = createWorkflowWriter();
  const first = await writer.writeIfRevision(db, record, -1);
  expect(first).toMatchObject({ ok: true, itemWrites: document.workflow.graph.nodes.length + document.workflow.graph.edges.length });
  return { db, writer, record: { ...record, revision: 0 } };
}

const next = (record: WorkflowRecord, document: DslDocument): WorkflowRecord => ({ ...record, document, revision: record.revision + 1 });

async function items(db: DraftDb, workflowId: string, list: 'nodes' | 'edges'): Promise<GraphItemRecord[]> {
  const all = await db.getAll('graphItems');
  return all.filter((item) => item.workflowId === workflowId && item.list === list);
}

async function reopen(db: DraftDb, id: string): Promise<WorkflowRecord> {
  const read = await createLibrary(db).open(id);
  if (!read.ok) throw new Error(read.message);
  return read.record;
}

describe('workflow writer: only what changed is written', () => {
  it('an edit to one node puts the head and that one node record', async () => {
    const { db, writer, record } = await stored();
    const edited = next(record, movedFirstNode(record.document, 30));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const written = await writer.writeIfRevision(db, edited, 0);
    expect(written).toMatchObject({ ok: true, itemWrites: 1 });
    expect(put).toHaveBeenCalledTimes(2);
    const [moved] = edited.document.workflow.graph.nodes;
    const putItems = put.mock.calls.map(([value]) => value as GraphItemRecord).filter((v) => 'list' in v);
    expect(putItems.map((v) => v.id)).toEqual([moved!.id]);
    const read = await reopen(db, record.id);
    expect(read.document).toEqual(edited.document);
    expect(read.revision).toBe(1);
  });

  it('a deleted node and its edges lose their records in the same write', async () => {
    const { db, writer, record } = await stored();
    const [gone, ...kept] = record.document.workflow.graph.nodes;
    const edges = record.document.workflow.graph.edges.filter((e) => e.source !== gone!.id && e.target !== gone!.id);
    const removedEdges = record.document.workflow.graph.edges.length - edges.length;
    expect(removedEdges).toBeGreaterThan(0);
    const written = await writer.writeIfRevision(db, next(record, withNodes(record.document, kept, edges)), 0);
    expect(written).toMatchObject({ ok: true, itemWrites: 1 + removedEdges });
    expect((await items(db, record.id, 'nodes')).map((i) => i.id).sort()).toEqual(kept.map((n) => n.id).sort());
    expect(await items(db, record.id, 'edges')).toHaveLength(edges.length);
    expect((await reopen(db, record.id)).document).toEqual(withNodes(record.document, kept, edges));
  });

  it('a reorder writes no item, and reading gives the new order', async () => {
    const { db, writer, record } = await stored();
    const reversed = [...record.document.workflow.graph.nodes].reverse();
    expect(await writer.writeIfRevision(db, next(record, withNodes(record.document, reversed)), 0)).toMatchObject({ ok: true, itemWrites: 0 });
    expect((await reopen(db, record.id)).document.workflow.graph.nodes.map((n) => n.id)).toEqual(reversed.map((n) => n.id));
  });

  it('the unload write issues only the changed records, all in the calling task', async () => {
    const { db, writer, record } = await stored();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const done = writer.writeNow(db, next(record, movedFirstNode(record.document, 5)));
    expect(put).toHaveBeenCalledTimes(2);
    await done;
    expect((await reopen(db, record.id)).document).toEqual(movedFirstNode(record.document, 5));
  });
});

describe('workflow writer: all or nothing', () => {
  it('a write that fails half way leaves the previous draft whole, and the next write replaces every item', async () => {
    const { db, writer, record } = await stored();
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    // The head goes out, then the node record is refused: the transaction must take the head back.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const edited = next(record, movedFirstNode(record.document, 30));
    await expect(writer.writeIfRevision(db, edited, 0)).rejects.toThrow(/quota/);
    const after = await reopen(db, record.id);
    expect(after.revision).toBe(0);
    expect(after.document).toEqual(record.document);

    vi.restoreAllMocks();
    const retried = await writer.writeIfRevision(db, edited, 0);
    const all = record.document.workflow.graph.nodes.length + record.document.workflow.graph.edges.length;
    expect(retried).toMatchObject({ ok: true, itemWrites: all });
    expect((await reopen(db, record.id)).document).toEqual(edited.document);
  });

  it('refuses a stale revision and writes nothing', async () => {
    const { db, writer, record } = await stored();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(await writer.writeIfRevision(db, next(record, movedFirstNode(record.document, 1)), 7)).toEqual({ ok: false, storedRevision: 0 });
    expect(put).not.toHaveBeenCalled();
  });
});

describe('reading a workflow back', () => {
  it('gives the saved document deep-equal and in the same key order, whatever the graph\'s key order', async () => {
    const { db } = await freshDb();
    const { document, format } = fixtureDocument('chatflow-all-blocks.yml');
    const { nodes, edges, ...rest } = document.workflow.graph;
    // Keys as an odd exporter might order them: edges first, nodes last.
    const odd = { ...document, workflow: { ...document.workflow, graph: { edges, ...rest, nodes } } } as DslDocument;
    for (const doc of [document, odd]) {
      const created = await createLibrary(db).create(doc, format);
      const read = await reopen(db, created.id);
      expect(read.document).toEqual(doc);
      expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
    }
  });

  it('keeps a list whose ids repeat inline, and still reads it back exactly', async () => {
    const { db } = await freshDb();
    const { document } = fixtureDocument();
    const [a, b, ...rest] = document.workflow.graph.nodes;
    const twins = withNodes(document, [a!, { ...b!, id: a!.id }, ...rest]);
    const created = await createLibrary(db).create(twins);
    expect(await items(db, created.id, 'nodes')).toEqual([]);
    expect((await reopen(db, created.id)).document).toEqual(twins);
  });

  it('a missing node record makes the whole workflow damaged, never half loaded', async () => {
    const { db, record } = await stored();
    const [victim] = await items(db, record.id, 'nodes');
    await db.delete('graphItems', [record.id, 'nodes', victim!.id]);
    const read = await createLibrary(db).open(record.id);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(new RegExp(`damaged.*node ${victim!.id} is missing`));
    // The list still shows it (from its head); the record is left as it is.
    expect((await createLibrary(db).list()).workflows.map((w) => w.id)).toEqual([record.id]);
  });

  it('a damaged node record makes the whole workflow damaged', async () => {
    const { db, record } = await stored();
    const [victim] = await items(db, record.id, 'nodes');
    await db.put('graphItems', { ...victim!, value: { ...(victim!.value as object), data: 'not an object' } });
    const read = await createLibrary(db).open(record.id);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/damaged or from another version/);

    await db.put('graphItems', { ...victim!, value: { ...(victim!.value as object), id: 'someone-else' } });
    const swapped = await createLibrary(db).open(record.id);
    expect(swapped.ok === false && swapped.message).toMatch(/holds an item with id someone-else/);
  });
});

/**
 * A workflow is stored as a head record (`workflows`: the record, its graph's node and edge lists
 * replaced by their ids in order) and one record per node and edge (`graphItems`), so that an
 * autosave writes the head and only the items that changed. "Changed" is identity: the document
 * store shares every unchanged node and edge between edits, so an item that is the very object
 * written last time is in storage already. Reading puts the document back together, key order
 * included, and validates the whole; a missing item makes the whole workflow damaged.
 * A list whose ids are missing or repeated (imported data may be like that) stays inline in the head.
 */
import type { DslDocument } from '../dsl';
import {
  readGraphItemRecord,
  readStoredWorkflow,
  readWorkflowRecord,
  type ApartList,
  type GraphItemRecord,
  type GraphList,
  type RecordRead,
  type StoredDocument,
  type StoredWorkflow,
  type WorkflowRecord,
} from './records';

const LISTS: readonly GraphList[] = ['nodes', 'edges'];

/** What storage holds of one workflow's items: per list, id -> the object last written. */
export type SavedItems = Readonly<Record<GraphList, ReadonlyMap<string, unknown>>>;

type Items = Record<GraphList, Map<string, unknown>>;

/** The stores a workflow write needs (idb's object stores of a readwrite transaction fit). */
export interface WorkflowWriteStores {
  workflows: { put(head: StoredWorkflow): Promise<unknown>; add(head: StoredWorkflow): Promise<unknown> };
  graphItems: { put(item: GraphItemRecord): Promise<unknown>; delete(key: IDBKeyRange | IDBValidKey): Promise<unknown> };
}

export interface WorkflowReadStores {
  workflows: { get(id: string): Promise<unknown> };
  graphItems: { getAll(range: IDBKeyRange): Promise<unknown[]> };
}

/** Every item key of one workflow: [workflowId, list, itemId] sorts between [id] and [id, []]. */
export const itemsOfWorkflow = (workflowId: string) => IDBKeyRange.bound([workflowId], [workflowId, []]);

/** The list's items by id, or undefined when it must stay inline (an id missing or repeated). */
function byId(list: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = new Map<string, unknown>();
  for (const item of list as unknown[]) {
    const id = item !== null && typeof item === 'object' && 'id' in item ? item.id : undefined;
    if (typeof id !== 'string' || id === '' || items.has(id)) return undefined;
    items.set(id, item);
  }
  return items;
}

/** What storage holds after writing (or reading) this document: the items kept apart. */
export function savedItemsOf(document: DslDocument): SavedItems {
  const graph = document.workflow.graph as Record<GraphList, unknown>;
  return { nodes: byId(graph.nodes) ?? new Map(), edges: byId(graph.edges) ?? new Map() };
}

function split(record: WorkflowRecord): { head: StoredWorkflow; items: Items } {
  const { graph } = record.document.workflow;
  const items: Items = { nodes: new Map(), edges: new Map() };
  const storedGraph: Record<string, unknown> = { ...graph };
  for (const list of LISTS) {
    const apart = byId(graph[list]);
    if (!apart) continue;
    items[list] = apart;
    // Same key, same place: the graph keeps its key order.
    storedGraph[list] = { itemIds: [...apart.keys()] } satisfies ApartList;
  }
  const document = { ...record.document, workflow: { ...record.document.workflow, graph: storedGraph } } as StoredDocument;
  return { head: { ...record, document }, items };
}

export interface IssuedWrite {
  /** Every request issued; they all settle before the transaction does. */
  requests: Promise<unknown>[];
  /** What storage holds once these requests commit. */
  saved: SavedItems;
  /** Item records put or deleted (the head not counted). */
  itemWrites: number;
}

/**
 * Issues, synchronously, the writes that make storage hold `record`, given what it holds now
 * (`saved`; undefined = not known, so every item of the workflow is replaced). Call inside one
 * readwrite transaction over both stores: it commits all of it or nothing.
 */
export function issueWorkflowWrite(stores: WorkflowWriteStores, record: WorkflowRecord, saved: SavedItems | undefined, mode: 'put' | 'add' = 'put'): IssuedWrite {
  const { head, items } = split(record);
  const requests: Promise<unknown>[] = [];
  try {
    return issueAll(stores, record.id, head, items, saved, mode, requests);
  } catch (error) {
    abandon(requests);
    throw error;
  }
}

/** A request refused on the spot (a full disk) aborts the transaction, and with it those already out: their failures are expected. */
export function abandon(requests: readonly Promise<unknown>[]): void {
  for (const request of requests) request.catch(() => undefined);
}

function issueAll(stores: WorkflowWriteStores, workflowId: string, head: StoredWorkflow, items: Items, saved: SavedItems | undefined, mode: 'put' | 'add', requests: Promise<unknown>[]): IssuedWrite {
  if (!saved) requests.push(stores.graphItems.delete(itemsOfWorkflow(workflowId)));
  requests.push(mode === 'add' ? stores.workflows.add(head) : stores.workflows.put(head));
  let itemWrites = 0;
  for (const list of LISTS) {
    const before = saved?.[list];
    for (const [id, value] of items[list]) {
      if (before?.get(id) === value) continue;
      requests.push(stores.graphItems.put({ workflowId, list, id, value }));
      itemWrites++;
    }
    if (!before) continue;
    for (const id of before.keys()) {
      if (items[list].has(id)) continue;
      requests.push(stores.graphItems.delete([workflowId, list, id]));
      itemWrites++;
    }
  }
  return { requests, saved: items, itemWrites };
}

const damaged = (id: string, why: string): RecordRead<WorkflowRecord> => ({
  ok: false,
  message: `The stored workflow ${id} is damaged or from another version of Flowpad: ${why}`,
});

/** A head and its items put back together, or why not. */
function assemble(head: StoredWorkflow, rawItems: readonly unknown[]): RecordRead<WorkflowRecord> {
  const found: Record<GraphList, Map<string, unknown>> = { nodes: new Map(), edges: new Map() };
  for (const raw of rawItems) {
    const item = readGraphItemRecord(raw);
    if (!item.ok) return damaged(head.id, item.message);
    const value = item.record.value;
    const ownId = value !== null && typeof value === 'object' && 'id' in value ? value.id : undefined;
    if (ownId !== item.record.id) return damaged(head.id, `the ${item.record.list} record ${item.record.id} holds an item with id ${String(ownId)}`);
    found[item.record.list].set(item.record.id, value);
  }
  const graph: Record<string, unknown> = { ...head.document.workflow.graph };
  for (const list of LISTS) {
    const stored = graph[list];
    if (Array.isArray(stored) || stored === undefined || stored === null) continue;
    const ids = (stored as ApartList).itemIds;
    const values: unknown[] = [];
    for (const id of ids) {
      if (!found[list].has(id)) return damaged(head.id, `its ${list === 'nodes' ? 'node' : 'edge'} ${id} is missing`);
      values.push(found[list].get(id));
    }
    graph[list] = values;
  }
  const document = { ...head.document, workflow: { ...head.document.workflow, graph } };
  return readWorkflowRecord({ ...head, document });
}

const keptApart = (head: StoredWorkflow) => LISTS.some((list) => {
  const stored: unknown = head.document.workflow.graph[list];
  return stored !== undefined && stored !== null && !Array.isArray(stored);
});

/** Reads one workflow, whole and validated; undefined when there is none with this id. */
export async function readWorkflow(stores: WorkflowReadStores, id: string): Promise<RecordRead<WorkflowRecord> | undefined> {
  const raw = await stores.workflows.get(id);
  if (raw === undefined) return undefined;
  const head = readStoredWorkflow(raw);
  if (!head.ok) return head;
  // Both lists inline (a version 1 record): the head's schema is the whole record's.
  if (!keptApart(head.record)) return { ok: true, record: head.record as WorkflowRecord };
  return assemble(head.record, await stores.graphItems.getAll(itemsOfWorkflow(id)));
}

/** The number of nodes a stored head lists, without reading them. */
export function storedNodeCount(head: StoredWorkflow): number {
  const nodes = head.document.workflow.graph.nodes;
  return Array.isArray(nodes) ? nodes.length : nodes.itemIds.length;
}

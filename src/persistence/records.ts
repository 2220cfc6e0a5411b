/**
 * What the draft database holds, and the zod schemas every record read back must pass. IndexedDB
 * is a trust boundary: another version of the app, or a corrupt record, may be there. A record that
 * fails is reported and never loaded; a valid one is returned exactly as stored (schemas only check).
 */
import { z } from 'zod';
import type { DslApp, DslDocument, DslEdge, DslNode, SourceFormat, Viewport } from '../dsl';
import { dslFileSchema, edgeSchema, graphSchema, nodeEnvelopeSchema, viewportSchema, workflowSchema } from '../dsl/schema/top-level';

export interface WorkflowRecord {
  id: string;
  name: string;
  mode: string;
  /** The DSL document as structured data (never YAML text). */
  document: DslDocument;
  format: SourceFormat;
  /** Where the user left the canvas (pan and zoom). */
  viewport?: Viewport;
  createdAt: number;
  updatedAt: number;
  /** Bumped by every write; a writer only replaces the revision it loaded (compare-and-set). */
  revision: number;
  /** Soft delete: set when moved to the trash, cleared by restore; purged later. */
  deletedAt?: number;
}

/** In a stored head, a graph list kept as one record per item: the items' ids, in order. */
export interface ApartList {
  itemIds: string[];
}

/** The document of a stored workflow head: nodes and edges inline (as in version 1) or kept apart. */
export interface StoredDocument {
  app: DslApp;
  workflow: { graph: { nodes: DslNode[] | ApartList; edges?: DslEdge[] | ApartList | null; [key: string]: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

/** What the `workflows` store holds: the record with its graph's items kept apart (graph-items.ts). */
export type StoredWorkflow = Omit<WorkflowRecord, 'document'> & { document: StoredDocument };

export type GraphList = 'nodes' | 'edges';

/** One node or edge of a stored workflow, in the `graphItems` store. */
export interface GraphItemRecord {
  workflowId: string;
  list: GraphList;
  id: string;
  value: unknown;
}

export interface SnapshotRecord {
  id: string;
  workflowId: string;
  name: string;
  document: DslDocument;
  format: SourceFormat;
  createdAt: number;
}

export type MetaRecord = { key: 'lastOpenedWorkflowId'; value: string };

const storedDocumentSchema = dslFileSchema.extend({
  version: z.string().optional(),
  workflow: workflowSchema.extend({
    graph: graphSchema.extend({ nodes: z.array(nodeEnvelopeSchema), edges: z.array(edgeSchema) }),
  }),
});
const apartListSchema = z.object({ itemIds: z.array(z.string()) });
const storedHeadDocumentSchema = dslFileSchema.extend({
  version: z.string().optional(),
  workflow: workflowSchema.extend({
    graph: graphSchema.extend({
      nodes: z.union([z.array(nodeEnvelopeSchema), apartListSchema]),
      edges: z.union([z.array(edgeSchema), apartListSchema]),
    }),
  }),
});
const formatSchema = z.looseObject({ allowUnicode: z.boolean() });
const time = z.number().finite().nonnegative();
const id = z.string().min(1);

const workflowRecordSchema = z.looseObject({
  id,
  name: z.string(),
  mode: z.string(),
  document: storedDocumentSchema,
  format: formatSchema,
  viewport: viewportSchema.optional(),
  createdAt: time,
  updatedAt: time,
  revision: z.number().int().nonnegative(),
  deletedAt: time.optional(),
});

const storedWorkflowSchema = workflowRecordSchema.extend({ document: storedHeadDocumentSchema });

const graphItemRecordSchema = z.object({ workflowId: z.string(), list: z.enum(['nodes', 'edges']), id: z.string(), value: z.unknown() });

const snapshotRecordSchema = z.looseObject({
  id,
  workflowId: id,
  name: z.string(),
  document: storedDocumentSchema,
  format: formatSchema,
  createdAt: time,
});

const metaRecordSchema = z.object({ key: z.literal('lastOpenedWorkflowId'), value: id });

/** A record read back: valid and whole, or the reason it is not loaded. */
export type RecordRead<T> = { ok: true; record: T } | { ok: false; message: string };

function check<T>(schema: z.ZodType, what: string, raw: unknown): RecordRead<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, record: raw as T };
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  return { ok: false, message: `The stored ${what} is damaged or from another version of Flowpad: ${first?.message ?? 'invalid'}${where}${more}` };
}

export const readWorkflowRecord = (raw: unknown) => check<WorkflowRecord>(workflowRecordSchema, 'workflow', raw);
export const readStoredWorkflow = (raw: unknown) => check<StoredWorkflow>(storedWorkflowSchema, 'workflow', raw);
export const readGraphItemRecord = (raw: unknown) => check<GraphItemRecord>(graphItemRecordSchema, 'graph item', raw);
export const readSnapshotRecord = (raw: unknown) => check<SnapshotRecord>(snapshotRecordSchema, 'snapshot', raw);
export const readMetaRecord = (raw: unknown) => check<MetaRecord>(metaRecordSchema, 'setting', raw);

/** The record's name and mode come from the document, so the library and an export agree. */
export function documentName(document: DslDocument): string {
  const name = document.app.name;
  return typeof name === 'string' && name.trim() !== '' ? name : 'Untitled';
}

export function newRecordId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The label of a record that could not be read, for reports (its id when it has one). */
export function recordLabel(raw: unknown): string {
  if (raw !== null && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return '(no id)';
}

/**
 * Editing a node's data from its panel: a shallow merge (`undefined` removes a key). When the
 * edit removes a source handle (an IF case, a class, a human-input action, the fail branch),
 * the edges leaving it go too (dify-dsl.md 6.5, 2.0).
 */
import type { DslDocument, DslNode, DslNodeData } from '../../dsl';
import { sourceHandlesOf } from '../../nodes/handles';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';

export type DataPatch = Readonly<Record<string, unknown>>;

const handleIds = (node: DslNode) => new Set(sourceHandlesOf(node).map((h) => h.id));

/**
 * Drops the edges leaving handles `nodeId` no longer has. With `previous` (the node before an
 * edit), only handles that edit removed count, so odd edges of an imported file are kept.
 */
export function pruneDanglingHandles(doc: DslDocument, nodeId: string, previous?: DslNode): DslDocument {
  const node = nodeById(doc, nodeId);
  if (!node) return doc;
  const now = handleIds(node);
  const before = previous ? handleIds(previous) : undefined;
  const dangling = (handle: string) => !now.has(handle) && (!before || before.has(handle));
  const edges = doc.workflow.graph.edges;
  const kept = edges.filter((e) => e.source !== nodeId || !dangling(e.sourceHandle ?? 'source'));
  return kept.length === edges.length ? doc : withGraph(doc, { edges: kept });
}

function mergeData(data: DslNodeData, patch: DataPatch): DslNodeData {
  const next: Record<string, unknown> = { ...data };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as DslNodeData) : data;
}

export function editNodeData(doc: DslDocument, id: string, patch: DataPatch): CommandResult {
  const previous = nodeById(doc, id);
  if (!previous) return refuse(`There is no node '${id}'`);
  if ('type' in patch && patch.type !== previous.data.type) return refuse("A node's type cannot be edited; change the block instead");
  const data = mergeData(previous.data, patch);
  if (data === previous.data) return doc;
  const node: DslNode = { ...previous, data };
  const edited = withGraph(doc, { nodes: doc.workflow.graph.nodes.map((n) => (n === previous ? node : n)) });
  return pruneDanglingHandles(edited, id, previous);
}

export function setNodeTitle(doc: DslDocument, id: string, title: string): CommandResult {
  return editNodeData(doc, id, { title });
}

/**
 * What every command shares: the refusal a command returns instead of a document, and the
 * structurally shared rebuild of a document around new node or edge lists.
 */
import type { DslDocument, DslEdge, DslNode } from '../../dsl';

/** A command that Dify would not allow; `reason` is a sentence for the user. */
export interface Refusal {
  ok: false;
  reason: string;
}

export type CommandResult = DslDocument | Refusal;

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}

export function isRefusal(result: CommandResult): result is Refusal {
  return (result as { ok?: unknown }).ok === false && typeof (result as { reason?: unknown }).reason === 'string' && !('workflow' in result);
}

/** The document with new node and/or edge lists; everything else keeps its identity. */
export function withGraph(doc: DslDocument, change: { nodes?: DslNode[]; edges?: DslEdge[] }): DslDocument {
  const graph = doc.workflow.graph;
  const nodes = change.nodes ?? graph.nodes;
  const edges = change.edges ?? graph.edges;
  if (nodes === graph.nodes && edges === graph.edges) return doc;
  return { ...doc, workflow: { ...doc.workflow, graph: { ...graph, nodes, edges } } };
}

export function nodeById(doc: DslDocument, id: string): DslNode | undefined {
  return doc.workflow.graph.nodes.find((n) => n.id === id);
}

/** A fresh `Date.now()`-style id not used by any node yet (counts up from `now`). */
export function freshId(now: number, taken: ReadonlySet<string>): string {
  let n = now;
  while (taken.has(String(n))) n++;
  return String(n);
}

/** Test helpers for commands: unwrap a result, find a node or an edge. Used by the tests only. */
import type { DslDocument, DslEdge, DslNode } from '../../dsl';
import { isRefusal, type CommandResult } from './graph-update';

export function ok(result: CommandResult): DslDocument {
  if (isRefusal(result)) throw new Error(`refused: ${result.reason}`);
  return result;
}

export function reason(result: CommandResult): string {
  if (!isRefusal(result)) throw new Error('expected a refusal');
  return result.reason;
}

export function node(doc: DslDocument, id: string): DslNode {
  const found = doc.workflow.graph.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

export function edgesOf(doc: DslDocument): Array<[string, string, string]> {
  return doc.workflow.graph.edges.map((e: DslEdge) => [e.source, e.sourceHandle ?? 'source', e.target]);
}

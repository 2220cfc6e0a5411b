/**
 * Deleting (dify-dsl.md 6.5): nodes take their container children and every connected edge
 * with them. A container's start child goes only with its container; User Input in a chatflow
 * cannot be deleted.
 */
import type { DslDocument, DslNode } from '../../dsl';
import { edgeIdOf, isStartChild } from '../../graph/graph-index';
import { refuse, withGraph, type CommandResult } from './graph-update';

function undeletableReason(doc: DslDocument, node: DslNode, deleting: ReadonlySet<string>): string | undefined {
  if (isStartChild(node) && !(node.parentId && deleting.has(node.parentId))) return 'The start of an iteration or loop goes only with its container';
  if (node.data.type === 'start' && doc.app.mode === 'advanced-chat') return 'User Input cannot be deleted in a chatflow';
  return undefined;
}

/** The ids to delete: the asked nodes that may go, plus everything nested in them. */
function withDescendants(nodes: readonly DslNode[], ids: ReadonlySet<string>): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}

export function deleteNodes(doc: DslDocument, ids: readonly string[]): CommandResult {
  const nodes = doc.workflow.graph.nodes;
  const asked = new Set(ids);
  const found = nodes.filter((n) => asked.has(n.id));
  if (found.length === 0) return refuse('There is nothing to delete');
  const deletable = new Set<string>();
  let firstReason: string | undefined;
  for (const node of found) {
    const reason = undeletableReason(doc, node, asked);
    if (reason) firstReason ??= reason;
    else deletable.add(node.id);
  }
  if (deletable.size === 0) return refuse(firstReason ?? 'There is nothing to delete');
  const gone = withDescendants(nodes, deletable);
  return withGraph(doc, {
    nodes: nodes.filter((n) => !gone.has(n.id)),
    edges: doc.workflow.graph.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  });
}

export function deleteEdges(doc: DslDocument, ids: readonly string[]): CommandResult {
  const asked = new Set(ids);
  const edges = doc.workflow.graph.edges;
  const kept = edges.filter((e) => !asked.has(edgeIdOf(e)));
  if (kept.length === edges.length) return refuse('There is no such connection to delete');
  return withGraph(doc, { edges: kept });
}

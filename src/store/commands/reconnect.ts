/**
 * Moving one end of a connection to another handle, as one undoable step: the old edge goes,
 * the new one is checked with Dify's rules (3.3) as if the old one were already gone, and takes
 * the old edge's place in the list.
 */
import type { DslDocument } from '../../dsl';
import { edgeIdOf } from '../../graph/graph-index';
import { connect, connectionProblem, type ConnectArgs } from './connect';
import { isRefusal, refuse, withGraph, type CommandResult } from './graph-update';

export interface ReconnectArgs extends ConnectArgs {
  edgeId: string;
}

function withoutEdge(doc: DslDocument, edgeId: string): { doc: DslDocument; index: number } | undefined {
  const edges = doc.workflow.graph.edges;
  const index = edges.findIndex((e) => edgeIdOf(e) === edgeId);
  if (index < 0) return undefined;
  return { doc: withGraph(doc, { edges: edges.filter((_, i) => i !== index) }), index };
}

/** Why the edge cannot be moved there, or undefined. */
export function reconnectProblem(doc: DslDocument, args: ReconnectArgs): string | undefined {
  const rest = withoutEdge(doc, args.edgeId);
  if (!rest) return `There is no connection '${args.edgeId}'`;
  return connectionProblem(rest.doc, args);
}

export function reconnect(doc: DslDocument, args: ReconnectArgs): CommandResult {
  const old = doc.workflow.graph.edges.find((e) => edgeIdOf(e) === args.edgeId);
  const rest = withoutEdge(doc, args.edgeId);
  if (!old || !rest) return refuse(`There is no connection '${args.edgeId}'`);
  const same = old.source === args.source && (old.sourceHandle ?? 'source') === (args.sourceHandle ?? 'source')
    && old.target === args.target && (old.targetHandle ?? 'target') === (args.targetHandle ?? 'target');
  if (same) return doc;
  const connected = connect(rest.doc, args);
  if (isRefusal(connected)) return connected;
  // connect appends the new edge; put it where the old one was, so an export keeps the order.
  const others = connected.workflow.graph.edges.slice(0, -1);
  const moved = connected.workflow.graph.edges.at(-1)!;
  return withGraph(connected, { edges: [...others.slice(0, rest.index), moved, ...others.slice(rest.index)] });
}

/**
 * Connecting two nodes with Dify's rules (dify-dsl.md 3.1-3.3): no self loop, no note, both
 * ends in the same container, no cycle, nothing into a root or out of an end, an existing
 * source handle, no exact duplicate.
 */
import type { DslDocument, DslEdge, DslNode } from '../../dsl';
import { indexGraph, isNote, wouldCycle } from '../../graph/graph-index';
import { hasTargetHandle, sourceHandlesOf } from '../../nodes/handles';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';
import { CHILD_Z_INDEX, containerKind } from './placement';

export interface ConnectArgs {
  source: string;
  sourceHandle?: string;
  target: string;
  targetHandle?: string;
}

const nameOf = (n: DslNode) => (n.data.title ? `'${n.data.title}'` : `'${n.id}'`);

/** The persisted edge Dify writes for a connection between `source` and `target` (3.1). */
export function edgeBetween(doc: DslDocument, source: DslNode, sourceHandle: string, target: DslNode, targetHandle = 'target'): DslEdge {
  const parent = target.parentId ? nodeById(doc, target.parentId) : undefined;
  const kind = containerKind(parent);
  return {
    id: `${source.id}-${sourceHandle}-${target.id}-${targetHandle}`,
    type: 'custom',
    source: source.id,
    sourceHandle,
    target: target.id,
    targetHandle,
    data: {
      sourceType: source.data.type,
      targetType: target.data.type,
      isInIteration: kind === 'iteration',
      ...(kind === 'iteration' ? { iteration_id: parent!.id } : {}),
      isInLoop: kind === 'loop',
      ...(kind === 'loop' ? { loop_id: parent!.id } : {}),
    },
    zIndex: kind ? CHILD_Z_INDEX : 0,
  };
}

/** Why Dify would refuse this connection, or undefined when it is allowed. */
export function connectionProblem(doc: DslDocument, args: ConnectArgs): string | undefined {
  const source = nodeById(doc, args.source);
  const target = nodeById(doc, args.target);
  if (!source || !target) return `There is no node '${source ? args.target : args.source}'`;
  if (source.id === target.id) return 'A node cannot connect to itself';
  if (isNote(source) || isNote(target)) return 'Notes cannot be connected';
  if ((source.parentId ?? '') !== (target.parentId ?? '')) return 'Only nodes in the same iteration or loop (or both outside) can be connected';
  if (!hasTargetHandle(target)) return `Nothing can connect into ${nameOf(target)}`;
  const handle = args.sourceHandle ?? 'source';
  const handles = sourceHandlesOf(source);
  if (handles.length === 0) return `Nothing can follow ${nameOf(source)}`;
  if (!handles.some((h) => h.id === handle)) return `${nameOf(source)} has no output '${handle}'`;
  const targetHandle = args.targetHandle ?? 'target';
  const duplicate = doc.workflow.graph.edges.some(
    (e) => e.source === source.id && (e.sourceHandle ?? 'source') === handle && e.target === target.id && (e.targetHandle ?? 'target') === targetHandle,
  );
  if (duplicate) return 'These nodes are already connected';
  if (wouldCycle(indexGraph(doc), source.id, target.id)) return 'This connection would make a loop in the workflow';
  return undefined;
}

export function connect(doc: DslDocument, args: ConnectArgs): CommandResult {
  const problem = connectionProblem(doc, args);
  if (problem) return refuse(problem);
  const edge = edgeBetween(doc, nodeById(doc, args.source)!, args.sourceHandle ?? 'source', nodeById(doc, args.target)!, args.targetHandle);
  return withGraph(doc, { edges: [...doc.workflow.graph.edges, edge] });
}

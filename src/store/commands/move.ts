/** Moving nodes as a command: `moveNodes` (../move-nodes.ts) over the document's nodes. */
import type { DslDocument } from '../../dsl';
import { moveNodes, type NodeMove } from '../move-nodes';
import { withGraph } from './graph-update';

export function moveNodesCommand(doc: DslDocument, moves: readonly NodeMove[]): DslDocument {
  const known = moves.filter((m) => doc.workflow.graph.nodes.some((n) => n.id === m.id));
  if (known.length === 0) return doc;
  return withGraph(doc, { nodes: moveNodes(doc.workflow.graph.nodes, known) });
}

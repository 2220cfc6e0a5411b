/**
 * Which nodes a node reads variables from (its dependencies) and which nodes read its outputs
 * (its dependents), from the selectors each block uses (dify-dsl.md 4.5). The canvas shows
 * them while Shift is held (6.6). System, environment and conversation variables are no node.
 */
import { normalizeSelector, type DslDocument, type DslNode } from '../dsl';
import { specFor } from '../nodes/specs';
import { SPECIAL_SELECTOR_HEADS } from './system-variables';

export interface VariableLinks {
  /** Nodes whose outputs this node reads, in first-use order. */
  dependencies: string[];
  /** Nodes that read this node's outputs, in graph order. */
  dependents: string[];
}

/** Node ids a node's selectors point at (itself and special heads left out). */
export function nodesReadBy(node: DslNode): Set<string> {
  const read = new Set<string>();
  const spec = specFor(node.data.type);
  if (!spec) return read;
  for (const raw of spec.usedSelectors(node.data)) {
    const head = normalizeSelector(raw)[0];
    if (head !== undefined && head !== node.id && !SPECIAL_SELECTOR_HEADS.has(head)) read.add(head);
  }
  return read;
}

export function variableLinks(doc: DslDocument, nodeId: string): VariableLinks {
  const nodes = doc.workflow.graph.nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const self = nodes.find((n) => n.id === nodeId);
  if (!self) return { dependencies: [], dependents: [] };
  return {
    dependencies: [...nodesReadBy(self)].filter((id) => ids.has(id)),
    dependents: nodes.filter((n) => n.id !== nodeId && nodesReadBy(n).has(nodeId)).map((n) => n.id),
  };
}

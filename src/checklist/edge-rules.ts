/** Graph rules about edges: dangling ends, unknown handles, branches with no edge, borders, cycles. */
import type { DslDocument, DslNode } from '../dsl';
import { containerOf, isNote, type GraphIndex } from '../graph/graph-index';
import { sourceHandlesOf } from '../nodes/handles';
import { nodeTitle, type ChecklistItem } from './checklist-item';

const BRANCH_TYPES = new Set(['if-else', 'question-classifier', 'human-input']);

function edgeItem(node: DslNode | undefined, message: string, severity: ChecklistItem['severity'] = 'error'): ChecklistItem {
  return { nodeId: node?.id ?? '', nodeTitle: node ? nodeTitle(node) : '', nodeType: node?.data.type ?? '', rule: 'edge', severity, message };
}

export function checkEdges(doc: DslDocument, graph: GraphIndex): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  doc.workflow.graph.edges.forEach((edge, i) => {
    const source = graph.byId.get(edge.source);
    const target = graph.byId.get(edge.target);
    const label = `Edge ${edge.id ?? i}`;
    if (!source || !target) {
      const missing = [!source ? `source ${edge.source}` : '', !target ? `target ${edge.target}` : ''].filter(Boolean).join(' and ');
      items.push(edgeItem(source ?? target, `${label} points at a node that does not exist (${missing}); delete the edge. Dify refuses to run a graph with it.`));
      return;
    }
    if (isNote(source) || isNote(target)) {
      items.push(edgeItem(source, `${label} connects a note; notes cannot be connected. Delete the edge.`));
      return;
    }
    const handle = edge.sourceHandle ?? 'source';
    const handles = sourceHandlesOf(source);
    if (!handles.some((h) => h.id === handle)) {
      items.push(edgeItem(source, `${label} leaves handle '${handle}', which ${nodeTitle(source)} does not have; reconnect it to one of: ${handles.map((h) => h.label ?? h.id).join(', ') || 'none'}.`));
    }
    if ((containerOf(source) ?? '') !== (containerOf(target) ?? '')) {
      items.push(edgeItem(source, `${label} crosses a container border (${nodeTitle(source)} -> ${nodeTitle(target)}); edges may only join steps in the same iteration or loop.`));
    }
  });
  for (const node of graph.nodes) {
    if (!BRANCH_TYPES.has(node.data.type)) continue;
    const used = new Set((graph.outgoing.get(node.id) ?? []).map((e) => e.sourceHandle ?? 'source'));
    for (const h of sourceHandlesOf(node)) {
      if (!used.has(h.id) && h.id !== 'fail-branch') {
        items.push(edgeItem(node, `Branch ${h.label ?? h.id} has no next step; connect it, or the run ends there when it is chosen.`, 'warning'));
      }
    }
  }
  for (const cycle of cycleEdges(graph)) {
    items.push(edgeItem(graph.byId.get(cycle.source), `The edge ${cycle.source} -> ${cycle.target} closes a cycle; Dify drops it when loading. Use a Loop block to repeat steps.`));
  }
  return items;
}

/** Back edges found by a depth-first search: the edges Dify would drop on load. */
function cycleEdges(graph: GraphIndex): { source: string; target: string }[] {
  const state = new Map<string, 1 | 2>();
  const found: { source: string; target: string }[] = [];
  for (const start of graph.nodes) {
    if (state.has(start.id)) continue;
    const stack: { id: string; i: number }[] = [{ id: start.id, i: 0 }];
    state.set(start.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = graph.outgoing.get(top.id) ?? [];
      if (top.i >= out.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const e = out[top.i++]!;
      const s = state.get(e.target);
      if (s === 1) found.push({ source: e.source, target: e.target });
      else if (s === undefined && graph.byId.has(e.target)) {
        state.set(e.target, 1);
        stack.push({ id: e.target, i: 0 });
      }
    }
  }
  return found;
}

/**
 * The checklist (dify-dsl.md 6.1): what Dify checks before a publish or a test run, plus graph
 * rules Flowpad adds (dangling edges, handles that do not exist, branches that lead nowhere,
 * edges across container borders, cycles). Each finding names the node and says what to fix.
 */
import { normalizeSelector, type DslDocument, type DslNode } from '../dsl';
import { containerOf, isStartChild, reachableFrom } from '../graph/graph-index';
import { specFor } from '../nodes/specs';
import { WorkflowVariables } from '../variables/workflow-variables';
import { SPECIAL_SELECTOR_HEADS } from '../variables/system-variables';
import { checkEdges } from './edge-rules';
import { nodeTitle, type ChecklistItem } from './checklist-item';

export type { ChecklistItem } from './checklist-item';

/** Dify checks only React Flow `custom` nodes: not notes, start children or loop-end. */
function isChecked(node: DslNode): boolean {
  return (node.type ?? 'custom') === 'custom' && node.data.type !== '' && !isStartChild(node);
}

export function runChecklist(doc: DslDocument): ChecklistItem[] {
  const vars = new WorkflowVariables(doc);
  const { graph } = vars;
  const items: ChecklistItem[] = [];
  const mode = doc.app.mode;
  const item = (node: DslNode | undefined, rule: ChecklistItem['rule'], message: string, severity: ChecklistItem['severity'] = 'error'): void => {
    items.push({ nodeId: node?.id ?? '', nodeTitle: node ? nodeTitle(node) : '', nodeType: node?.data.type ?? '', rule, severity, message });
  };

  const roots = graph.nodes.filter((n) => specFor(n.data.type)?.isStart && !containerOf(n));
  const starts = roots.filter((n) => n.data.type === 'start');
  const triggers = roots.filter((n) => n.data.type.startsWith('trigger-'));
  if (roots.length === 0) item(undefined, 'graph', 'At least one start node must be added: add a User Input (start) block or a trigger.');
  if (starts.length > 1) for (const s of starts.slice(1)) item(s, 'graph', 'There can be only one User Input (start) block; delete this one or the other.');
  if (starts.length > 0 && triggers.length > 0) for (const t of triggers) item(t, 'graph', 'A start block cannot coexist with triggers: remove the User Input block or this trigger.');
  if (mode === 'advanced-chat' && !graph.nodes.some((n) => n.data.type === 'answer')) {
    item(undefined, 'graph', 'Answer node must be added: a chatflow needs an Answer block to reply.');
  }

  const reached = reachableFrom(graph, roots.map((r) => r.id));
  for (const node of graph.nodes) {
    if (!isChecked(node)) continue;
    const spec = specFor(node.data.type);
    if (!spec) {
      item(node, 'node', `Flowpad does not know the block type '${node.data.type}'; it is kept as it is but cannot run.`, 'warning');
      continue;
    }
    if (spec.appModes && !spec.appModes.includes(mode)) {
      item(node, 'node', `The ${spec.title} block is not available in a ${mode === 'workflow' ? 'workflow' : 'chatflow'}; delete it or change the app mode.`);
    }
    const problem = spec.check(node.data, { appMode: mode, typeOf: (sel) => vars.typeAt(node.id, sel) });
    if (problem) item(node, 'node', problem);
    else {
      const invalid = firstInvalidSelector(vars, node);
      if (invalid) item(node, 'variable', `Invalid variable ${invalid}: no upstream step produces it. Select an existing variable.`);
    }
    if (!spec.isStart && !reached.has(node.id)) item(node, 'unconnected', 'This step is not connected to anything: connect it to the flow or delete it.');
  }
  items.push(...checkEdges(doc, graph));
  return items;
}

/** The first selector the node reads that points at no upstream output (only the top-level name is checked, as Dify does). */
function firstInvalidSelector(vars: WorkflowVariables, node: DslNode): string | undefined {
  const spec = specFor(node.data.type);
  if (!spec) return undefined;
  const groups = vars.availableFor(node.id);
  for (const raw of spec.usedSelectors(node.data)) {
    const selector = normalizeSelector(raw);
    if (selector.length < 2) continue;
    const [head, name] = selector as [string, string];
    if (SPECIAL_SELECTOR_HEADS.has(head)) continue;
    const source = vars.graph.byId.get(head);
    const upstream = groups.some((g) => g.nodeId === head);
    if (upstream && specFor(source?.data.type)?.openOutputs) continue;
    const ok = groups.some((g) => g.vars.some((v) => v.selector[0] === head && v.selector[1] === name));
    if (!ok) {
      const where = source ? `(${nodeTitle(source)} has no output '${name}' here, or is not upstream)` : `(node ${head} does not exist)`;
      return `{{#${selector.join('.')}#}} ${where}`;
    }
  }
  return undefined;
}

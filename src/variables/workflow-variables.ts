/**
 * What variables a node can use (dify-dsl.md 4.4): upstream node outputs, the current
 * iteration's item/index, loop variables, env, conversation and sys. One computation feeds the
 * variable picker, the checklist and the engine. Results are cached per document snapshot.
 */
import type { AppMode, DslDocument, DslNode, ValueSelector } from '../dsl';
import { containerOf, indexGraph, upstreamOf, type GraphIndex } from '../graph/graph-index';
import { ERROR_OUTPUTS, FILE_CHILDREN, type OutputVar, type SpecContext, type VarType } from '../nodes/node-spec';
import { specFor } from '../nodes/specs';
import { globalSystemVariables } from './system-variables';

export interface AvailableVar {
  variable: string;
  selector: ValueSelector;
  type: VarType;
  children?: OutputVar[];
}

export type VariableGroupKind = 'node' | 'iteration' | 'environment' | 'conversation' | 'system';

export interface VariableGroup {
  kind: VariableGroupKind;
  /** The node's id, or `env` / `conversation` / `sys`. */
  nodeId: string;
  title: string;
  nodeType: string;
  vars: AvailableVar[];
}

const MAX_TYPE_DEPTH = 32;

/** Element type of an array type, as the iteration's `item` gets it. */
export function elementType(type: VarType | undefined): VarType {
  const m = /^array\[(.+)\]$/.exec(type ?? '');
  if (m) return m[1]!;
  if (type === 'array') return 'object';
  return 'string';
}

/** Start lists sys.query and sys.files among its outputs (as Dify does); they are read as [sys, name]. */
function systemAware(nodeId: string, v: OutputVar): AvailableVar {
  if (!v.variable.startsWith('sys.')) return { variable: v.variable, selector: [nodeId, v.variable], type: v.type, ...(v.children ? { children: v.children } : {}) };
  const name = v.variable.slice(4);
  const children = v.children ?? (v.type === 'array[file]' || v.type === 'file' ? FILE_CHILDREN : undefined);
  return { variable: name, selector: ['sys', name], type: v.type, ...(children ? { children } : {}) };
}

function toAvailable(head: string, vars: OutputVar[]): AvailableVar[] {
  return vars.map((v) => ({ variable: v.variable, selector: [head, v.variable], type: v.type, ...(v.children ? { children: v.children } : {}) }));
}

export class WorkflowVariables {
  readonly graph: GraphIndex;
  readonly mode: AppMode;
  private readonly outputsCache = new Map<string, AvailableVar[]>();
  private readonly availableCache = new Map<string, VariableGroup[]>();
  private depth = 0;

  constructor(readonly doc: DslDocument) {
    this.graph = indexGraph(doc);
    this.mode = doc.app.mode;
  }

  private context(nodeId: string): SpecContext {
    return { appMode: this.mode, typeOf: (selector) => this.typeAt(nodeId, selector) };
  }

  /** A node's own output variables, error outputs included when it has an error strategy. */
  outputsOf(node: DslNode): AvailableVar[] {
    const cached = this.outputsCache.get(node.id);
    if (cached) return cached;
    const spec = specFor(node.data.type);
    if (!spec || this.depth > MAX_TYPE_DEPTH) return [];
    this.depth++;
    try {
      let vars = spec.outputs(node.data, this.context(node.id));
      const strategy = node.data.error_strategy;
      if (strategy === 'fail-branch' || strategy === 'default-value') vars = [...vars, ...ERROR_OUTPUTS];
      const out = vars.map((v) => systemAware(node.id, v));
      this.outputsCache.set(node.id, out);
      return out;
    } finally {
      this.depth--;
    }
  }

  /** Upstream nodes whose outputs a node may read: its own branch, and its container's. */
  upstreamNodes(nodeId: string): DslNode[] {
    const node = this.graph.byId.get(nodeId);
    if (!node) return [];
    const list = upstreamOf(this.graph, nodeId);
    const parentId = containerOf(node);
    const parent = parentId ? this.graph.byId.get(parentId) : undefined;
    if (parent) list.push(parent, ...upstreamOf(this.graph, parent.id));
    if (node.data.type === 'loop') list.push(node);
    const seen = new Set<string>();
    return list.filter((n) => !seen.has(n.id) && seen.add(n.id));
  }

  /** The groups a node's variable picker shows, in Dify's order. */
  availableFor(nodeId: string): VariableGroup[] {
    const cached = this.availableCache.get(nodeId);
    if (cached) return cached;
    const groups = this.computeAvailable(nodeId);
    this.availableCache.set(nodeId, groups);
    return groups;
  }

  private computeAvailable(nodeId: string): VariableGroup[] {
    const node = this.graph.byId.get(nodeId);
    if (!node) return [];
    const parentId = containerOf(node);
    const parent = parentId ? this.graph.byId.get(parentId) : undefined;
    const groups: VariableGroup[] = [];
    if (parent?.data.type === 'iteration') {
      const iteratorType = this.typeAt(parent.id, selectorOfData(parent.data.iterator_selector))
        ?? (typeof parent.data.iterator_input_type === 'string' ? parent.data.iterator_input_type : undefined);
      const item = elementType(iteratorType);
      groups.push({
        kind: 'iteration', nodeId: parent.id, title: textTitle(parent), nodeType: 'iteration',
        vars: [
          { variable: 'item', selector: [parent.id, 'item'], type: item, ...(item === 'file' ? { children: FILE_CHILDREN } : {}) },
          { variable: 'index', selector: [parent.id, 'index'], type: 'number' },
        ],
      });
    }
    const upstream = this.upstreamNodes(nodeId).filter((n) => !(parent?.data.type === 'iteration' && n.id === parent.id));
    const nodeGroups = upstream
      .map((n) => ({ n, vars: this.outputsOf(n) }))
      .filter(({ vars }) => vars.length > 0)
      .sort((a, b) => sortKey(b.n) - sortKey(a.n));
    for (const { n, vars } of nodeGroups) {
      groups.push({ kind: 'node', nodeId: n.id, title: textTitle(n), nodeType: n.data.type, vars });
    }
    const env = this.doc.workflow.environment_variables ?? [];
    if (env.length > 0) {
      groups.push({ kind: 'environment', nodeId: 'env', title: 'ENVIRONMENT', nodeType: 'env', vars: env.map((v) => ({ variable: v.name, selector: ['env', v.name], type: v.value_type })) });
    }
    const conv = this.doc.workflow.conversation_variables ?? [];
    if (this.mode === 'advanced-chat' && conv.length > 0) {
      groups.push({ kind: 'conversation', nodeId: 'conversation', title: 'CONVERSATION', nodeType: 'conversation', vars: conv.map((v) => ({ variable: v.name, selector: ['conversation', v.name], type: v.value_type })) });
    }
    groups.push({ kind: 'system', nodeId: 'sys', title: 'SYSTEM', nodeType: 'sys', vars: toAvailable('sys', globalSystemVariables(this.mode)) });
    return groups;
  }

  /** The type of the value at `selector` as seen from `nodeId`; undefined when nothing there. */
  typeAt(nodeId: string, selector: ValueSelector): VarType | undefined {
    if (selector.length < 2 || this.depth > MAX_TYPE_DEPTH) return undefined;
    this.depth++;
    try {
      const [head, name, ...path] = selector as [string, string, ...string[]];
      for (const group of this.availableFor(nodeId)) {
        const found = group.vars.find((v) => v.selector[0] === head && v.selector[1] === name);
        if (found) return walk(found, path);
      }
      return undefined;
    } finally {
      this.depth--;
    }
  }
}

function walk(v: AvailableVar | OutputVar, path: string[]): VarType | undefined {
  let cur: { type: VarType; children?: OutputVar[] } = v;
  for (const key of path) {
    const next = cur.children?.find((c) => c.variable === key);
    if (!next) return cur.type === 'object' || cur.type === 'file' ? 'string' : undefined;
    cur = next;
  }
  return cur.type;
}

function selectorOfData(value: unknown): ValueSelector {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

function textTitle(n: DslNode): string {
  return typeof n.data.title === 'string' && n.data.title ? n.data.title : n.data.type || n.id;
}

/** Real nodes sort by descending x, with start last. */
function sortKey(n: DslNode): number {
  if (n.data.type === 'start') return -Infinity;
  return typeof n.position?.x === 'number' ? n.position.x : 0;
}

export function availableVariables(doc: DslDocument, nodeId: string): VariableGroup[] {
  return new WorkflowVariables(doc).availableFor(nodeId);
}

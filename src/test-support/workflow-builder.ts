/** Builds small DSL documents for engine tests: nodes by id and type, edges as [from, to, handle]. */
import type { DslDocument, DslNode } from '../dsl';

export interface NodeDef {
  id: string;
  type: string;
  data?: Record<string, unknown>;
  parentId?: string;
  flowType?: string;
}

export type EdgeDef = [source: string, target: string, sourceHandle?: string];

export function workflow(nodes: NodeDef[], edges: EdgeDef[], mode: 'workflow' | 'advanced-chat' = 'workflow'): DslDocument {
  const dslNodes: DslNode[] = nodes.map((n, i) => ({
    id: n.id,
    type: n.flowType ?? (n.type === 'iteration-start' ? 'custom-iteration-start' : n.type === 'loop-start' ? 'custom-loop-start' : n.type === 'loop-end' ? 'custom-simple' : 'custom'),
    position: { x: i * 300, y: 0 },
    ...(n.parentId ? { parentId: n.parentId } : {}),
    data: { type: n.type, title: n.id, desc: '', ...n.data },
  }));
  return {
    version: '0.6.0',
    kind: 'app',
    app: { mode, name: 'test' },
    workflow: {
      graph: {
        nodes: dslNodes,
        edges: edges.map(([source, target, sourceHandle]) => ({ id: `${source}-${sourceHandle ?? 'source'}-${target}-target`, source, target, sourceHandle: sourceHandle ?? 'source', targetHandle: 'target', type: 'custom' })),
      },
      environment_variables: [],
      conversation_variables: [],
    },
  };
}

/** A code node whose body is JavaScript (`function main({...}) { return {...} }`). */
export function codeNode(id: string, code: string, outputs: Record<string, string>, variables: Record<string, string[]> = {}, extra: Record<string, unknown> = {}): NodeDef {
  return {
    id,
    type: 'code',
    data: {
      code_language: 'javascript',
      code,
      variables: Object.entries(variables).map(([variable, value_selector]) => ({ variable, value_selector })),
      outputs: Object.fromEntries(Object.entries(outputs).map(([k, type]) => [k, { type, children: null }])),
      ...extra,
    },
  };
}

export const startNode = (variables: { variable: string; type?: string; required?: boolean }[] = []): NodeDef => ({
  id: 'start',
  type: 'start',
  data: { variables: variables.map((v) => ({ label: v.variable, type: 'text-input', required: false, ...v })) },
});

export const endNode = (id: string, outputs: Record<string, string[]>): NodeDef => ({
  id,
  type: 'end',
  data: { outputs: Object.entries(outputs).map(([variable, value_selector]) => ({ variable, value_selector })) },
});

/**
 * A synthetic Dify workflow of N nodes for benchmarks: a start node, then columns of code,
 * template, if-else and LLM nodes wired left to right with branches and joins, laid out as Dify
 * would (300 px apart). Deterministic for a given N.
 */
import type { DslDocument, DslEdge, DslNode } from '../src/dsl';

export function generateWorkflow(count: number): DslDocument {
  const nodes: DslNode[] = [];
  const edges: DslEdge[] = [];
  const id = (i: number) => String(1_700_000_000_000 + i);
  const add = (i: number, data: Record<string, unknown>, col: number, rowIndex: number) => {
    nodes.push({ id: id(i), type: 'custom', position: { x: 80 + col * 300, y: 80 + rowIndex * 140 }, positionAbsolute: { x: 80 + col * 300, y: 80 + rowIndex * 140 }, width: 244, height: 98, sourcePosition: 'right', targetPosition: 'left', selected: false, data: { desc: '', selected: false, ...data } as unknown as DslNode['data'] });
  };
  const edge = (s: number, t: number, handle = 'source') =>
    edges.push({ id: `${id(s)}-${handle}-${id(t)}-target`, source: id(s), sourceHandle: handle, target: id(t), targetHandle: 'target', type: 'custom', zIndex: 0, data: { isInIteration: false, isInLoop: false, sourceType: nodes.find((n) => n.id === id(s))?.data.type ?? '', targetType: '' } });
  add(0, { type: 'start', title: 'Start', variables: [{ variable: 'q', label: 'q', type: 'text-input', required: true, max_length: 48, options: [] }] }, 0, 0);
  const perColumn = 8;
  let prevColumn = [0];
  for (let i = 1; i < count; ) {
    const col = Math.ceil(i / perColumn);
    const column: number[] = [];
    for (let r = 0; r < perColumn && i < count; r++, i++) {
      const kind = i % 4;
      const from = prevColumn[r % prevColumn.length]!;
      if (kind === 0) add(i, { type: 'code', title: `Code ${i}`, code_language: 'javascript', code: 'function main({a}) {\n  return { result: String(a) }\n}\n', variables: [{ variable: 'a', value_selector: [id(0), 'q'] }], outputs: { result: { type: 'string', children: null } } }, col, r);
      else if (kind === 1) add(i, { type: 'template-transform', title: `Template ${i}`, template: '{{ a }}!', variables: [{ variable: 'a', value_selector: [id(0), 'q'] }] }, col, r);
      else if (kind === 2) add(i, { type: 'if-else', title: `IF ${i}`, cases: [{ case_id: 'true', logical_operator: 'and', conditions: [{ id: `c${i}`, varType: 'string', variable_selector: [id(0), 'q'], comparison_operator: 'contains', value: 'x' }] }] }, col, r);
      else add(i, { type: 'llm', title: `LLM ${i}`, model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: { temperature: 0.7 } }, prompt_template: [{ role: 'system', text: `Answer {{#${id(0)}.q#}}` }], context: { enabled: false, variable_selector: [] }, vision: { enabled: false } }, col, r);
      const fromNode = nodes.find((n) => n.id === id(from))!;
      edge(from, i, fromNode.data.type === 'if-else' ? (r % 2 ? 'false' : 'true') : 'source');
      column.push(i);
    }
    prevColumn = column;
  }
  return {
    app: { description: '', icon: '🤖', icon_background: '#FFEAD5', icon_type: 'emoji', mode: 'workflow', name: `generated-${count}`, use_icon_as_answer_icon: false },
    dependencies: [],
    kind: 'app',
    version: '0.6.0',
    workflow: { conversation_variables: [], environment_variables: [], features: {}, rag_pipeline_variables: [], graph: { nodes, edges, viewport: { x: 0, y: 0, zoom: 0.7 } } },
  };
}

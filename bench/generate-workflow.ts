/**
 * A synthetic Dify workflow of N nodes for benchmarks, shaped like a real one: a start node, then
 * columns of code, template, if-else (two cases and ELSE), question-classifier, LLM, HTTP and
 * aggregator blocks wired left to right with branches and joins, and every tenth column an
 * iteration or a loop holding a start child and a chain of blocks. Laid out as Dify would
 * (columns 300 px apart, containers as wide as their children). Deterministic for a given N.
 */
import type { DslDocument, DslEdge, DslNode, XY } from '../src/dsl';

const ROWS_PER_COLUMN = 8;
const ROW_PITCH = 140;
const COLUMN_GAP = 56;
const NODE = { width: 244, height: 98 };
const CONTAINER_EVERY = 10;
const CHILDREN_PER_CONTAINER = 4;
const CHILD_PITCH = 300;

type Data = Record<string, unknown>;

export function generateWorkflow(count: number): DslDocument {
  const nodes: DslNode[] = [];
  const edges: DslEdge[] = [];
  const typeOf = new Map<string, string>();
  const id = (i: number) => String(1_700_000_000_000 + i);
  const startId = id(0);
  const selector = [startId, 'q'];

  const add = (nodeId: string, data: Data, at: XY, extra: Partial<DslNode> = {}, size = NODE) => {
    const parent = extra.parentId ? nodes.find((n) => n.id === extra.parentId) : undefined;
    const absolute = parent ? { x: parent.position!.x + at.x, y: parent.position!.y + at.y } : at;
    typeOf.set(nodeId, String(data.type));
    nodes.push({ id: nodeId, type: 'custom', position: { ...at }, positionAbsolute: absolute, width: size.width, height: size.height, sourcePosition: 'right', targetPosition: 'left', selected: false, ...extra, data: { desc: '', selected: false, ...data } as unknown as DslNode['data'] });
  };
  const connect = (source: string, target: string, handle = 'source', inside?: { kind: 'iteration' | 'loop' }) =>
    edges.push({
      id: `${source}-${handle}-${target}-target`, source, sourceHandle: handle, target, targetHandle: 'target', type: 'custom', zIndex: inside ? 1002 : 0,
      data: { isInIteration: inside?.kind === 'iteration', isInLoop: inside?.kind === 'loop', sourceType: typeOf.get(source) ?? '', targetType: typeOf.get(target) ?? '' },
    });

  /** Handles a block's outgoing edges leave from, in Dify's order. */
  const handlesOf = (nodeId: string): string[] => {
    const type = typeOf.get(nodeId);
    if (type === 'if-else') return ['true', `case-${nodeId}`, 'false'];
    if (type === 'question-classifier') return ['1', '2'];
    return ['source'];
  };

  const codeBlock = (i: number): Data => ({ type: 'code', title: `Code ${i}`, code_language: 'javascript', code: 'function main({a}) {\n  return { result: String(a) }\n}\n', variables: [{ variable: 'a', value_selector: selector }], outputs: { result: { type: 'string', children: null } } });
  const block = (i: number): Data => {
    const n = id(i);
    switch (i % 7) {
      case 0: return codeBlock(i);
      case 1: return { type: 'template-transform', title: `Template ${i}`, template: '{{ a }}!', variables: [{ variable: 'a', value_selector: selector }] };
      case 2: return { type: 'if-else', title: `IF ${i}`, cases: [
        { case_id: 'true', id: 'true', logical_operator: 'and', conditions: [{ id: `c${i}a`, varType: 'string', variable_selector: selector, comparison_operator: 'contains', value: 'x' }] },
        { case_id: `case-${n}`, id: `case-${n}`, logical_operator: 'or', conditions: [{ id: `c${i}b`, varType: 'string', variable_selector: selector, comparison_operator: 'is', value: 'y' }] },
      ] };
      case 3: return { type: 'llm', title: `LLM ${i}`, model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: { temperature: 0.7 } }, prompt_template: [{ role: 'system', text: `Answer {{#${startId}.q#}}` }], context: { enabled: false, variable_selector: [] }, vision: { enabled: false } };
      case 4: return { type: 'question-classifier', title: `Classifier ${i}`, query_variable_selector: selector, model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: {} }, classes: [{ id: '1', name: 'Billing' }, { id: '2', name: 'Support' }], instruction: '' };
      case 5: return { type: 'http-request', title: `HTTP ${i}`, method: 'get', url: 'https://example.com/api', headers: '', params: '', body: { type: 'none', data: [] }, authorization: { type: 'no-auth', config: null }, timeout: { max_connect_timeout: 0, max_read_timeout: 0, max_write_timeout: 0 } };
      default: return { type: 'variable-aggregator', title: `Aggregator ${i}`, output_type: 'string', variables: [selector] };
    }
  };

  /** An iteration or a loop at (x, y) with a start child and a chain of code blocks; returns its width. */
  const container = (first: number, at: XY, kind: 'iteration' | 'loop'): { used: number; width: number } => {
    const cid = id(first);
    const startChild = `${cid}start`;
    const width = 128 + CHILDREN_PER_CONTAINER * CHILD_PITCH;
    const size = { width, height: 240 };
    const common = kind === 'iteration'
      ? { type: 'iteration', title: `Iteration ${first}`, start_node_id: startChild, iterator_selector: selector, output_selector: [id(first + CHILDREN_PER_CONTAINER), 'result'], output_type: 'array[string]', is_parallel: false, parallel_nums: 10, error_handle_mode: 'terminated' }
      : { type: 'loop', title: `Loop ${first}`, start_node_id: startChild, loop_count: 3, break_conditions: [], logical_operator: 'and', loop_variables: [] };
    add(cid, { ...common, width: size.width, height: size.height }, at, { zIndex: 1 }, size);
    const flags = kind === 'iteration' ? { isInIteration: true, iteration_id: cid } : { isInLoop: true, loop_id: cid };
    add(startChild, { type: `${kind}-start`, title: '', ...flags }, { x: 24, y: 68 }, { type: `custom-${kind}-start`, parentId: cid, draggable: false, selectable: false, zIndex: 1002 }, { width: 44, height: 48 });
    let previous = startChild;
    for (let k = 1; k <= CHILDREN_PER_CONTAINER; k++) {
      const child = id(first + k);
      // A chain of code blocks: one way in and out of each child.
      add(child, { ...codeBlock(first + k), title: `Step ${first + k}`, ...flags }, { x: 128 + (k - 1) * CHILD_PITCH, y: 68 }, { parentId: cid, zIndex: 1002 });
      connect(previous, child, 'source', { kind });
      previous = child;
    }
    return { used: CHILDREN_PER_CONTAINER + 2, width };
  };

  add(startId, { type: 'start', title: 'Start', variables: [{ variable: 'q', label: 'q', type: 'text-input', required: true, max_length: 48, options: [] }] }, { x: 80, y: 80 });
  let previousColumn = [startId];
  let x = 80 + NODE.width + COLUMN_GAP;
  let nodeCount = 1;
  for (let col = 1; nodeCount < count; col++) {
    const column: string[] = [];
    const containerFits = count - nodeCount >= CHILDREN_PER_CONTAINER + 2;
    if (col % CONTAINER_EVERY === 0 && containerFits) {
      const kind = (col / CONTAINER_EVERY) % 2 ? 'iteration' : 'loop';
      const cid = id(nodeCount);
      const { used, width } = container(nodeCount, { x, y: 80 }, kind);
      for (const [r, from] of previousColumn.entries()) connect(from, cid, handlesOf(from)[r % handlesOf(from).length]);
      nodeCount += used;
      column.push(cid);
      x += width + COLUMN_GAP;
    } else {
      for (let r = 0; r < ROWS_PER_COLUMN && nodeCount < count; r++, nodeCount++) {
        const nodeId = id(nodeCount);
        add(nodeId, block(nodeCount), { x, y: 80 + r * ROW_PITCH });
        const from = previousColumn[r % previousColumn.length]!;
        const handles = handlesOf(from);
        connect(from, nodeId, handles[r % handles.length]);
        column.push(nodeId);
      }
      x += NODE.width + COLUMN_GAP;
    }
    previousColumn = column;
  }
  return {
    app: { description: '', icon: '🤖', icon_background: '#FFEAD5', icon_type: 'emoji', mode: 'workflow', name: `generated-${count}`, use_icon_as_answer_icon: false },
    dependencies: [],
    kind: 'app',
    version: '0.6.0',
    workflow: { conversation_variables: [], environment_variables: [], features: {}, rag_pipeline_variables: [], graph: { nodes, edges, viewport: { x: 0, y: 0, zoom: 0.7 } } },
  };
}

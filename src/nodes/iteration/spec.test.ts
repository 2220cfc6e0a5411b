import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { iterationSpec, iterationItemType } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'iteration';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, iterationSpec.schema);

const LEGACY = fixture('chatflow-legacy-shapes.yml');

describe(`${TYPE} fixtures`, () => {
  it('wires the iteration, its start child and its code child as Dify does (3.5)', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const { nodes, edges } = r.document.workflow.graph;
    const iteration = nodes.find((n) => n.data.type === TYPE)!;
    const children = nodes.filter((n) => n.parentId === iteration.id);
    const start = children.find((n) => n.id === iteration.data.start_node_id)!;
    expect(start.type).toBe('custom-iteration-start');
    expect(start.id).toBe(`${iteration.id}start`);
    expect(start.data).toMatchObject({ type: 'iteration-start', title: '', isInIteration: true });
    expect(start).toMatchObject({ draggable: false, selectable: false, zIndex: 1002, position: { x: 24, y: 68 } });
    for (const child of children) {
      expect(child.zIndex).toBe(1002);
      expect(child.positionAbsolute).toEqual({ x: iteration.position!.x + child.position!.x, y: iteration.position!.y + child.position!.y });
      if (child !== start) expect(child.data).toMatchObject({ isInIteration: true, iteration_id: iteration.id });
    }
    const inner = edges.filter((e) => e.source === start.id);
    expect(inner).toHaveLength(1);
    expect(inner[0]).toMatchObject({ zIndex: 1002, data: { isInIteration: true, iteration_id: iteration.id } });
    expect(iterationSpec.check(iteration.data, ctx)).toBeUndefined();
    expect(iterationSpec.usedSelectors(iteration.data)).toEqual([iteration.data.iterator_selector]);
  });

  it('keeps a legacy iteration without a start child as it is', () => {
    const r = parse(LEGACY);
    if (!r.ok) throw new Error('legacy fixture does not parse');
    const { nodes } = r.document.workflow.graph;
    const iteration = nodes.find((n) => n.data.type === TYPE)!;
    expect(nodes.some((n) => n.type === 'custom-iteration-start')).toBe(false);
    const first = nodes.find((n) => n.id === iteration.data.start_node_id)!;
    expect(first.data.isIterationStart).toBe(true);
    expect(iterationSpec.check(iteration.data, { appMode: 'advanced-chat' })).toBeUndefined();
    expect(serialize(r.document)).toBe(LEGACY);
  });

  it('rejects parallel_nums written as text, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.parallel_nums = 'ten'; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.parallel_nums`);
      expect(result.errors[0]!.message).toMatch(/expected a number, got the text "ten"/);
    }
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, start_node_id: '9start', iterator_selector: ['1', 'list'], output_selector: ['2', 'out'], output_type: 'array[number]', ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs output typed output_type, array[string] by default', () => {
    expect(iterationSpec.outputs(node({}), ctx)).toEqual([{ variable: 'output', type: 'array[number]' }]);
    expect(iterationSpec.outputs(node({ output_type: undefined }), ctx)).toEqual([{ variable: 'output', type: 'array[string]' }]);
    expect(iterationSpec.outputs(node({ output_type: undefined }), { appMode: 'workflow', typeOf: () => 'object' }))
      .toEqual([{ variable: 'output', type: 'array[object]' }]);
  });

  it('reports the first problem', () => {
    expect(iterationSpec.check(node({}), ctx)).toBeUndefined();
    expect(iterationSpec.check(node({ iterator_selector: [] }), ctx)).toBe('Iteration input (an array variable) is required');
    expect(iterationSpec.check(node({ output_selector: null }), ctx)).toBe('Iteration output variable is required');
    expect(iterationSpec.check(node({ is_parallel: true, parallel_nums: 11 }), ctx)).toBe('Parallel runs must be a whole number from 1 to 10');
  });

  it('reads only its iterator (the output selector points inside)', () => {
    expect(iterationSpec.usedSelectors(node({}))).toEqual([['1', 'list']]);
  });

  it('maps iterator types to item types', () => {
    expect(iterationItemType('array[file]')).toBe('file');
    expect(iterationItemType('array')).toBe('object');
    expect(iterationItemType(undefined)).toBe('string');
  });

  it('is a container with Dify defaults', () => {
    expect(iterationSpec.container).toBe('iteration');
    expect(iterationSpec.defaults(ctx)).toMatchObject({ is_parallel: false, parallel_nums: 10, error_handle_mode: 'terminated', flatten_output: true });
  });
});

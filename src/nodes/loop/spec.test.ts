import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../../dsl';
import { loopSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'loop';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, loopSpec.schema);

describe(`${TYPE} fixture`, () => {
  it('holds a loop whose variable its assigner child writes', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const { nodes } = r.document.workflow.graph;
    const loop = nodes.find((n) => n.data.type === TYPE)!;
    expect(loopSpec.check(loop.data, ctx)).toBeUndefined();
    expect(loopSpec.outputs(loop.data, ctx)).toEqual([{ variable: 'attempts', type: 'number' }]);
    const children = nodes.filter((n) => n.parentId === loop.id);
    expect(children.map((n) => n.data.type).sort()).toEqual(['assigner', 'if-else', 'loop-end', 'loop-start']);
    for (const child of children) expect(child.zIndex).toBe(1002);
    expect(loop.data.start_node_id).toBe(`${loop.id}start`);
  });

  it('rejects a break condition that is not a mapping, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.break_conditions = ['attempts >= 5']; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.break_conditions[0]`);
      expect(result.errors[0]!.message).toMatch(/expected a mapping, got the text "attempts >= 5"/);
    }
  });

  it('rejects a loop variable label that is a number, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { (d.loop_variables as Record<string, unknown>[])[0]!.label = 1; });
    expect(!result.ok && result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.loop_variables[0].label`);
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, start_node_id: '7start', loop_count: 10, logical_operator: 'and',
  loop_variables: [
    { id: 'a', label: 'n', var_type: 'number', value_type: 'constant', value: '1' },
    { id: 'b', label: 'items', var_type: 'array[string]', value_type: 'variable', value: ['1', 'list'] },
  ],
  break_conditions: [{ id: 'c', varType: 'number', variable_selector: ['7', 'n'], comparison_operator: '≥', value: '{{#1.max#}}' }],
  ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs its loop variables by label with their types', () => {
    expect(loopSpec.outputs(node({}), ctx)).toEqual([{ variable: 'n', type: 'number' }, { variable: 'items', type: 'array[string]' }]);
  });

  it('reports the first problem', () => {
    expect(loopSpec.check(node({}), ctx)).toBeUndefined();
    expect(loopSpec.check(node({ loop_variables: [{ label: '', var_type: 'number' }] }), ctx)).toBe('Loop variable 1 has no name');
    expect(loopSpec.check(node({ loop_variables: [{ label: 'n', value_type: 'variable', value: [] }] }), ctx))
      .toBe("Loop variable 'n' is not bound to a variable");
    expect(loopSpec.check(node({ break_conditions: [{ variable_selector: ['7', 'n'], comparison_operator: '' }] }), ctx))
      .toBe('Loop termination, condition 1: the comparison operator is not set');
    expect(loopSpec.check(node({ loop_count: 0 }), ctx)).toBe('Maximum loop count must be a whole number from 1 to 100');
    expect(loopSpec.check(node({ loop_count: 2.5 }), ctx)).toMatch(/whole number/);
    expect(loopSpec.check(node({ loop_count: 100 }), ctx)).toBeUndefined();
  });

  it('reads break-condition selectors, their references and variable-bound initial values', () => {
    expect(loopSpec.usedSelectors(node({}))).toEqual([['7', 'n'], ['1', 'max'], ['1', 'list']]);
  });

  it('is a container with ten rounds by default', () => {
    expect(loopSpec.container).toBe('loop');
    expect(loopSpec.defaults(ctx)).toMatchObject({ loop_count: 10, logical_operator: 'and', break_conditions: [], loop_variables: [] });
  });
});

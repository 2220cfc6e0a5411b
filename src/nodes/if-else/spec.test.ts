import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { ifElseSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'if-else';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, ifElseSpec.schema);

describe(`${TYPE} fixture`, () => {
  it('parses and re-exports byte for byte', () => {
    const r = parse(WORKFLOW);
    expect(r.ok && r.warnings).toEqual([]);
    if (r.ok) expect(serialize(r.document)).toBe(WORKFLOW);
  });

  it('rejects a case whose conditions are not a list, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => {
      (d.cases as Record<string, unknown>[])[1]!.conditions = 'count >= 5';
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.cases[1].conditions`);
      expect(result.errors[0]!.message).toMatch(/expected a list, got the text "count >= 5"/);
    }
  });

  it('gives every case and ELSE a handle on the fixture node', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('unreachable');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    const handles = ifElseSpec.sourceHandles(node.data).map((h) => h.id);
    const used = r.document.workflow.graph.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle);
    expect(handles).toHaveLength(3);
    expect(new Set(used)).toEqual(new Set(handles));
    expect(ifElseSpec.check(node.data, ctx)).toBeUndefined();
  });
});

const cond = (selector: string[], op: string, value: unknown = 'x') => ({ id: 'c', varType: 'string', variable_selector: selector, comparison_operator: op, value });
const data = (cases: unknown[]): DslNodeData => ({ type: TYPE, title: 'IF/ELSE', cases });

describe(`${TYPE} spec`, () => {
  it('labels IF and ELSE with one case, CASE n with more', () => {
    expect(ifElseSpec.sourceHandles(data([{ case_id: 'true', conditions: [] }]))).toEqual([
      { id: 'true', label: 'IF' }, { id: 'false', label: 'ELSE' },
    ]);
    const three = ifElseSpec.sourceHandles(data([{ case_id: 'true', conditions: [] }, { case_id: 'u-1', conditions: [] }]));
    expect(three.map((h) => `${h.id}:${h.label}`)).toEqual(['true:CASE 1', 'u-1:CASE 2', 'false:ELSE']);
  });

  it('treats legacy top-level conditions as one case with id true', () => {
    const legacy: DslNodeData = { type: TYPE, logical_operator: 'and', conditions: [cond(['sys', 'query'], 'contains')] };
    expect(ifElseSpec.sourceHandles(legacy).map((h) => h.id)).toEqual(['true', 'false']);
    expect(ifElseSpec.check(legacy, ctx)).toBeUndefined();
    expect(ifElseSpec.usedSelectors(legacy)).toEqual([['sys', 'query']]);
  });

  it('reports the first problem', () => {
    expect(ifElseSpec.check(data([]), ctx)).toBe('IF needs at least one case');
    expect(ifElseSpec.check(data([{ case_id: 'true', conditions: [cond(['a', 'b'], 'is')] }, { case_id: 'x', conditions: [] }]), ctx))
      .toBe('CASE 2 has no conditions');
    expect(ifElseSpec.check(data([{ case_id: 'true', conditions: [cond(['a', 'b'], 'is'), cond([], 'is')] }]), ctx))
      .toBe('IF, condition 2: the variable is not set');
    expect(ifElseSpec.check(data([{ case_id: 'true', conditions: [cond(['a', 'b'], '≥', '')] }]), ctx))
      .toBe("IF, condition 1: a value is required for '≥'");
  });

  it('lists condition selectors and references in values', () => {
    const d = data([{ case_id: 'true', conditions: [cond(['1', 'q'], 'is', 'x {{#2.limit#}}'), cond([], 'empty')] }]);
    expect(ifElseSpec.usedSelectors(d)).toEqual([['1', 'q'], ['2', 'limit']]);
  });

  it('starts with one empty IF case and offers no outputs', () => {
    expect(ifElseSpec.defaults(ctx)).toEqual({ cases: [{ case_id: 'true', logical_operator: 'and', conditions: [] }] });
    expect(ifElseSpec.outputs(data([]), ctx)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { variableAggregatorSpec, variableAssignerLegacySpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'variable-aggregator';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, variableAggregatorSpec.schema);

const LEGACY = fixture('chatflow-legacy-shapes.yml');
// The corpus holds no node of the legacy type `variable-assigner`: the legacy fixture covers it.

describe(`${TYPE} fixtures`, () => {
  it('holds an aggregator over three branches', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(variableAggregatorSpec.check(node.data, ctx)).toBeUndefined();
    expect(variableAggregatorSpec.usedSelectors(node.data)).toHaveLength(3);
    expect(variableAggregatorSpec.outputs(node.data, ctx)).toEqual([{ variable: 'output', type: 'string' }]);
  });

  it('imports the legacy variable-assigner type and re-exports it untouched', () => {
    const r = parse(LEGACY);
    if (!r.ok) throw new Error('legacy fixture does not parse');
    expect(r.warnings.map((w) => w.code)).toEqual(['version-older']);
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === 'variable-assigner')!;
    expect(variableAssignerLegacySpec.check(node.data, { appMode: 'advanced-chat' })).toBeUndefined();
    expect(serialize(r.document)).toBe(LEGACY);
  });

  it('rejects a selector that is not a list of strings, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { (d.variables as unknown[])[1] = '1718600000004.output'; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.variables[1]`);
      expect(result.errors[0]!.message).toMatch(/expected a list/);
    }
  });
});

const grouped: DslNodeData = {
  type: TYPE, output_type: 'any', variables: [],
  advanced_settings: { group_enabled: true, groups: [
    { group_name: 'Group1', groupId: 'g1', output_type: 'string', variables: [['1', 'a'], ['2', 'b']] },
    { group_name: 'Group2', groupId: 'g2', output_type: 'number', variables: [['3', 'n']] },
  ] },
};

describe(`${TYPE} spec`, () => {
  it('outputs one object per group in group mode', () => {
    expect(variableAggregatorSpec.outputs(grouped, ctx)).toEqual([
      { variable: 'Group1', type: 'object', children: [{ variable: 'output', type: 'string' }] },
      { variable: 'Group2', type: 'object', children: [{ variable: 'output', type: 'number' }] },
    ]);
    expect(variableAggregatorSpec.usedSelectors(grouped)).toEqual([['1', 'a'], ['2', 'b'], ['3', 'n']]);
  });

  it('falls back to the first input type when output_type is missing', () => {
    const d: DslNodeData = { type: TYPE, variables: [['1', 'x']] };
    expect(variableAggregatorSpec.outputs(d, { appMode: 'workflow', typeOf: () => 'number' })).toEqual([{ variable: 'output', type: 'number' }]);
    expect(variableAggregatorSpec.outputs(d, ctx)).toEqual([{ variable: 'output', type: 'any' }]);
  });

  it('reports the first problem', () => {
    expect(variableAggregatorSpec.check({ type: TYPE, variables: [] }, ctx)).toBe('The aggregator has no variables');
    expect(variableAggregatorSpec.check({ type: TYPE, variables: [['1', 'a'], []] }, ctx)).toBe('The aggregator: variable 2 is not set');
    expect(variableAggregatorSpec.check(grouped, ctx)).toBeUndefined();
    const dup = structuredClone(grouped);
    (dup.advanced_settings as { groups: { group_name: string }[] }).groups[1]!.group_name = 'Group1';
    expect(variableAggregatorSpec.check(dup, ctx)).toBe("Group name 'Group1' is used twice");
    expect(variableAggregatorSpec.check({ type: TYPE, advanced_settings: { group_enabled: true, groups: [] } }, ctx))
      .toBe('Group mode needs at least one group');
  });

  it('keeps the legacy type out of the block selector', () => {
    expect(variableAssignerLegacySpec.type).toBe('variable-assigner');
    expect(variableAssignerLegacySpec.classification).toBe('hidden');
    expect(variableAggregatorSpec.classification).toBe('transform');
    expect(variableAggregatorSpec.defaults(ctx)).toEqual({ output_type: 'any', variables: [] });
  });
});

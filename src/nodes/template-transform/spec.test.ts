import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../../dsl';
import { templateTransformSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'template-transform';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, templateTransformSpec.schema);

describe(`${TYPE} fixture`, () => {
  it('holds a template node that passes its check', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(templateTransformSpec.check(node.data, ctx)).toBeUndefined();
    expect(templateTransformSpec.usedSelectors(node.data)).toHaveLength(2);
  });

  it('rejects variables that are not a list, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.variables = { topic: ['1', 'topic'] }; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.variables`);
      expect(result.errors[0]!.message).toMatch(/expected a list, got a mapping/);
    }
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, template: '{{ a }}', variables: [{ variable: 'a', value_selector: ['1', 'x'] }], ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs one string', () => {
    expect(templateTransformSpec.outputs(node({}), ctx)).toEqual([{ variable: 'output', type: 'string' }]);
  });

  it('reports the first problem', () => {
    expect(templateTransformSpec.check(node({}), ctx)).toBeUndefined();
    expect(templateTransformSpec.check(node({ variables: [{ value_selector: ['1', 'x'] }] }), ctx)).toBe('Input variable 1 has no name');
    expect(templateTransformSpec.check(node({ variables: [{ variable: 'a' }] }), ctx)).toBe("Input variable 'a' is not bound to a value");
    expect(templateTransformSpec.check(node({ template: '' }), ctx)).toBe('Template is required');
  });

  it('reads only its bound variables (templates use names, not {{#refs#}})', () => {
    expect(templateTransformSpec.usedSelectors(node({ template: '{{#9.z#}}' }))).toEqual([['1', 'x']]);
  });

  it('starts with arg1 rendered as is', () => {
    expect(templateTransformSpec.defaults(ctx)).toEqual({ variables: [{ variable: 'arg1', value_selector: [] }], template: '{{ arg1 }}' });
  });
});

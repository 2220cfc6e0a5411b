import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../../dsl';
import { listOperatorSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'list-operator';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, listOperatorSpec.schema);

describe(`${TYPE} fixture`, () => {
  it('filters the uploaded files by type', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(listOperatorSpec.check(node.data, ctx)).toBeUndefined();
    expect(listOperatorSpec.usedSelectors(node.data)).toEqual([['sys', 'files']]);
    const outputs = listOperatorSpec.outputs(node.data, ctx);
    expect(outputs.map((o) => `${o.variable}:${o.type}`)).toEqual(['result:array[file]', 'first_record:file', 'last_record:file']);
    expect(outputs[1]!.children!.map((c) => c.variable)).toEqual(['name', 'size', 'type', 'extension', 'mime_type', 'url', 'related_id']);
  });

  it('rejects a limit size written as text, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.limit = { enabled: true, size: 'ten' }; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.limit.size`);
      expect(result.errors[0]!.message).toMatch(/expected a number, got the text "ten"/);
    }
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, variable: ['1', 'names'], var_type: 'array[string]', item_var_type: 'string',
  filter_by: { enabled: true, conditions: [{ key: '', comparison_operator: 'contains', value: '{{#2.word#}}' }] },
  extract_by: { enabled: false, serial: '1' }, order_by: { enabled: false, key: '', value: 'asc' }, limit: { enabled: false, size: 10 },
  ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs nothing until the input type is known, then follows it', () => {
    expect(listOperatorSpec.outputs(node({}), ctx).map((o) => `${o.variable}:${o.type}`))
      .toEqual(['result:array[string]', 'first_record:string', 'last_record:string']);
    const untyped = node({ var_type: undefined, item_var_type: undefined });
    expect(listOperatorSpec.outputs(untyped, ctx)).toEqual([]);
    expect(listOperatorSpec.outputs(untyped, { appMode: 'workflow', typeOf: () => 'array[number]' }).map((o) => o.type))
      .toEqual(['array[number]', 'number', 'number']);
  });

  it('reports the first problem', () => {
    expect(listOperatorSpec.check(node({}), ctx)).toBeUndefined();
    expect(listOperatorSpec.check(node({ variable: [] }), ctx)).toBe('Input variable is required');
    expect(listOperatorSpec.check(node({ filter_by: { enabled: true, conditions: [{ comparison_operator: 'contains', value: '' }] } }), ctx))
      .toBe("Filter condition: a value is required for 'contains'");
    expect(listOperatorSpec.check(node({ var_type: 'array[file]', item_var_type: 'file' }), ctx))
      .toBe('Filter condition: the file attribute to filter by is not set');
    expect(listOperatorSpec.check(node({ filter_by: { enabled: false }, extract_by: { enabled: true, serial: '' } }), ctx))
      .toBe('Extract position is required');
    expect(listOperatorSpec.check(node({ filter_by: { enabled: false }, limit: { enabled: true, size: 0 } }), ctx)).toBe('Top N must be at least 1');
  });

  it('reads its input and references in the filter value and the extract position', () => {
    expect(listOperatorSpec.usedSelectors(node({ extract_by: { enabled: true, serial: '{{#3.pos#}}' } })))
      .toEqual([['1', 'names'], ['2', 'word'], ['3', 'pos']]);
  });

  it('starts with every step off and limit 10', () => {
    expect(listOperatorSpec.defaults(ctx)).toMatchObject({ variable: [], limit: { enabled: false, size: 10 }, extract_by: { enabled: false, serial: '1' } });
  });
});

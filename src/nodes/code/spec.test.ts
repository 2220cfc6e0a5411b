import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../../dsl';
import { codeSpec, DEFAULT_CODE } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'code';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, codeSpec.schema);

describe(`${TYPE} fixture`, () => {
  it('holds a JavaScript code node that passes its check', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(node.data.code_language).toBe('javascript');
    expect(codeSpec.check(node.data, ctx)).toBeUndefined();
    expect(codeSpec.outputs(node.data, ctx)).toEqual([{ variable: 'result', type: 'string' }]);
  });

  it('rejects code that is a number, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.code = 42; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.code`);
      expect(result.errors[0]!.message).toMatch(/expected text, got the number 42/);
    }
  });
});

const node = (extra: Record<string, unknown>): DslNodeData => ({
  type: TYPE, code_language: 'javascript', code: 'function main() { return {} }',
  variables: [{ variable: 'a', value_selector: ['1', 'x'] }], outputs: { n: { type: 'number', children: null }, s: { type: 'string', children: null } },
  ...extra,
});

describe(`${TYPE} spec`, () => {
  it('outputs the declared outputs with their types', () => {
    expect(codeSpec.outputs(node({}), ctx)).toEqual([{ variable: 'n', type: 'number' }, { variable: 's', type: 'string' }]);
    expect(codeSpec.outputs(node({ outputs: 'broken' }), ctx)).toEqual([]);
  });

  it('reports the first problem', () => {
    expect(codeSpec.check(node({}), ctx)).toBeUndefined();
    expect(codeSpec.check(node({ variables: [{ variable: '', value_selector: ['1', 'x'] }] }), ctx)).toBe('Input variable 1 has no name');
    expect(codeSpec.check(node({ variables: [{ variable: 'a', value_selector: [] }] }), ctx)).toBe("Input variable 'a' is not bound to a value");
    expect(codeSpec.check(node({ code: '  ' }), ctx)).toBe('Code is required');
    expect(codeSpec.check(node({ code_language: 'json' }), ctx)).toMatch(/'json' cannot run/);
  });

  it('lists the bound selectors, skipping unset ones', () => {
    expect(codeSpec.usedSelectors(node({ variables: [{ variable: 'a', value_selector: ['1', 'x'] }, { variable: 'b', value_selector: [] }] })))
      .toEqual([['1', 'x']]);
  });

  it('starts from the server default: two inputs and a string result', () => {
    const d = codeSpec.defaults(ctx);
    expect(d.outputs).toEqual({ result: { type: 'string', children: null } });
    expect(d.code).toBe(DEFAULT_CODE.python3);
    expect(codeSpec.sourceHandles(node({}))).toEqual([{ id: 'source' }]);
    expect(codeSpec.errorStrategy && codeSpec.retry).toBe(true);
  });
});

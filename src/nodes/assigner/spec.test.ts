import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { assignerSpec } from './spec';
import { describeCorpusSchema, fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'assigner';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

describeCorpusSchema(TYPE, assignerSpec.schema);

const LEGACY = fixture('chatflow-legacy-shapes.yml');
const chat = { appMode: 'advanced-chat' as const };

describe(`${TYPE} fixtures`, () => {
  it('holds a v2 assigner writing a loop variable', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(node.data.version).toBe('2');
    expect(assignerSpec.check(node.data, ctx)).toBeUndefined();
    expect(assignerSpec.usedSelectors(node.data)).toEqual([[node.parentId, 'attempts']]);
  });

  it('holds a v1 assigner that checks and round-trips untouched', () => {
    const r = parse(LEGACY);
    if (!r.ok) throw new Error('legacy fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    expect(node.data.version).toBeUndefined();
    expect(assignerSpec.check(node.data, chat)).toBeUndefined();
    expect(assignerSpec.usedSelectors(node.data)).toEqual([['conversation', 'memo'], ['sys', 'query']]);
    expect(serialize(r.document)).toBe(LEGACY);
  });

  it('rejects an item target that is text, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { (d.items as Record<string, unknown>[])[0]!.variable_selector = 'attempts'; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.items[0].variable_selector`);
      expect(result.errors[0]!.message).toMatch(/expected a list, got the text "attempts"/);
    }
  });
});

const v2 = (...items: Record<string, unknown>[]): DslNodeData => ({ type: TYPE, version: '2', items });
const target = ['conversation', 'n'];

describe(`${TYPE} spec`, () => {
  it('accepts valueless operations and constants 0 and false', () => {
    expect(assignerSpec.check(v2({ variable_selector: target, operation: 'clear', input_type: 'variable', value: [] }), chat)).toBeUndefined();
    expect(assignerSpec.check(v2({ variable_selector: target, operation: '+=', input_type: 'constant', value: 0 }), chat)).toBeUndefined();
    expect(assignerSpec.check(v2({ variable_selector: target, operation: 'set', input_type: 'constant', value: false }), chat)).toBeUndefined();
  });

  it('reports the first problem of v2 items', () => {
    expect(assignerSpec.check(v2({ variable_selector: [], operation: 'clear' }), chat)).toBe('Operation 1: the variable to assign is not set');
    expect(assignerSpec.check(v2({ variable_selector: target, operation: 'over-write', input_type: 'variable', value: ['1', 'x'] },
      { variable_selector: target, operation: 'append', input_type: 'variable', value: [] }), chat))
      .toBe("Operation 2: a value is required for 'append'");
    expect(assignerSpec.check(v2({ variable_selector: target, operation: 'multiply' }), chat)).toBe("Operation 1: 'multiply' is not an assigner operation");
  });

  it('checks v1 data by its own keys', () => {
    expect(assignerSpec.check({ type: TYPE, assigned_variable_selector: target, write_mode: 'clear' }, chat)).toBeUndefined();
    expect(assignerSpec.check({ type: TYPE, assigned_variable_selector: target, write_mode: 'append' }, chat))
      .toBe("A value variable is required for 'append'");
    expect(assignerSpec.check({ type: TYPE, items: [] }, chat)).toBe('The variable to assign is not set');
  });

  it('lists targets and variable inputs but not constants', () => {
    expect(assignerSpec.usedSelectors(v2(
      { variable_selector: target, operation: 'over-write', input_type: 'variable', value: ['1', 'x'] },
      { variable_selector: ['2', 'loopvar'], operation: 'set', input_type: 'constant', value: 'a' },
    ))).toEqual([target, ['1', 'x'], ['2', 'loopvar']]);
  });

  it('starts as v2 with no items and has no outputs', () => {
    expect(assignerSpec.defaults(chat)).toEqual({ version: '2', items: [] });
    expect(assignerSpec.outputs(v2(), chat)).toEqual([]);
  });
});

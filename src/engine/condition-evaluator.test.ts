import { describe, expect, it } from 'vitest';
import { compareValues, ConditionError, evaluateConditions, pyFloat, pyInt } from './condition-evaluator';
import { pyEquals, pyTruthy } from './python-values';
import { FILE_MARKER, type FileValue } from './file-value';
import { VariablePool } from './variable-pool';

type Row = [operator: string, actual: unknown, expected: unknown, result: boolean];

// Every operator, with the null / empty edge cases Dify's processor special-cases.
const TABLE: Row[] = [
  // contains / not contains: substring or membership; empty actual -> false / true
  ['contains', 'hello world', 'lo w', true],
  ['contains', 'hello', 'xyz', false],
  ['contains', 'a1b', 1, true], // expected converted with str()
  ['contains', 'True story', true, true],
  ['contains', ['a', 'b'], 'b', true],
  ['contains', ['a', 'b'], 'c', false],
  ['contains', [1, 2], 1, true],
  ['contains', [1, 2], true, true], // Python: True == 1
  ['contains', [1, 2], '1', false],
  ['contains', [{ k: 1 }], { k: 1 }, true],
  ['contains', '', 'x', false],
  ['contains', [], 'x', false],
  ['contains', null, 'x', false],
  ['not contains', 'hello', 'ell', false],
  ['not contains', 'hello', 'xyz', true],
  ['not contains', ['a'], 'a', false],
  ['not contains', ['a'], 'b', true],
  ['not contains', '', 'x', true],
  ['not contains', [], 'x', true],
  ['not contains', null, 'x', true],
  // start with / end with
  ['start with', 'hello', 'he', true],
  ['start with', 'hello', 'lo', false],
  ['start with', '', 'x', false],
  ['start with', null, 'x', false],
  ['end with', 'hello', 'lo', true],
  ['end with', 'hello', 'he', false],
  ['end with', '', '', false],
  ['end with', null, 'x', false],
  // is / is not: strings and booleans; null -> false for both
  ['is', 'abc', 'abc', true],
  ['is', 'abc', 'abd', false],
  ['is', '', '', true],
  ['is', true, true, true],
  ['is', false, true, false],
  ['is', null, 'x', false],
  ['is not', 'abc', 'abd', true],
  ['is not', 'abc', 'abc', false],
  ['is not', true, false, true],
  ['is not', null, 'x', false],
  // empty / not empty: Python truthiness
  ['empty', '', null, true],
  ['empty', 0, null, true],
  ['empty', false, null, true],
  ['empty', [], null, true],
  ['empty', {}, null, true],
  ['empty', null, null, true],
  ['empty', 'x', null, false],
  ['empty', 0.5, null, false],
  ['empty', [0], null, false],
  ['empty', { a: null }, null, false],
  ['not empty', '', null, false],
  ['not empty', 0, null, false],
  ['not empty', [], null, false],
  ['not empty', {}, null, false],
  ['not empty', null, null, false],
  ['not empty', ' ', null, true],
  ['not empty', -1, null, true],
  // = and ≠: expected coerced to the actual's type
  ['=', 5, '5', true],
  ['=', 5, 5, true],
  ['=', 5, 5.9, true], // int(5.9) == 5
  ['=', 5, ' 5 ', true],
  ['=', 5, '6', false],
  ['=', 2.5, '2.5', true],
  ['=', 2.5, 2.5, true],
  ['=', true, 'false', true], // bool('false') is True in Python
  ['=', true, '', false],
  ['=', false, 0, true],
  ['=', null, '1', false],
  ['≠', 5, '5', false],
  ['≠', 5, '6', true],
  ['≠', 2.5, '3', true],
  ['≠', null, '1', false],
  // ordering: expected read as a float
  ['>', 5, '4', true],
  ['>', 5, '5', false],
  ['>', 5, 4.5, true],
  ['>', true, '0.5', true], // bool is an int in Python
  ['>', null, '1', false],
  ['<', 3, '3.5', true],
  ['<', 3, '1e1', true],
  ['<', null, '1', false],
  ['≥', 5, '5', true],
  ['≥', 4.99, '5', false],
  ['≥', null, '0', false],
  ['≤', 5, '5.0', true],
  ['≤', 6, '5', false],
  ['≤', null, '0', false],
  // in / not in: expected is an array; empty actual -> false / true
  ['in', 'b', ['a', 'b'], true],
  ['in', 'c', ['a', 'b'], false],
  ['in', 1, [1.0, 2], true],
  ['in', '', ['', 'a'], false],
  ['in', null, ['a'], false],
  ['not in', 'c', ['a', 'b'], true],
  ['not in', 'a', ['a', 'b'], false],
  ['not in', '', ['', 'a'], true],
  ['not in', null, ['a'], true],
  // all of: every expected item present
  ['all of', ['a', 'b', 'c'], ['a', 'c'], true],
  ['all of', ['a', 'b'], ['a', 'x'], false],
  ['all of', 'abc', ['a', 'bc'], true],
  ['all of', [], ['a'], false],
  ['all of', null, ['a'], false],
  ['all of', ['a'], [], true],
  ['all of', [true, false], [true], true],
  ['all of', [false], [true], false],
  ['all of', 5, ['a'], false],
  // null / not null / exists / not exists
  ['null', null, null, true],
  ['null', '', null, false],
  ['null', 0, null, false],
  ['not null', null, null, false],
  ['not null', '', null, true],
  ['exists', null, null, false],
  ['exists', [], null, true],
  ['not exists', null, null, true],
  ['not exists', 'x', null, false],
];

describe('compareValues', () => {
  it.each(TABLE)('%s: %j vs %j -> %s', (operator, actual, expected, result) => {
    expect(compareValues(operator, actual, expected)).toBe(result);
  });
  it('covers every operator Dify accepts', () => {
    const operators = new Set(TABLE.map((row) => row[0]));
    for (const op of ['contains', 'not contains', 'start with', 'end with', 'is', 'is not', 'empty', 'not empty', 'in', 'not in', 'all of', '=', '≠', '>', '<', '≥', '≤', 'null', 'not null', 'exists', 'not exists']) {
      expect(operators.has(op), op).toBe(true);
    }
  });

  const ERRORS: [string, unknown, unknown, RegExp][] = [
    ['contains', 5, 'x', /Invalid actual value type: string or array/],
    ['contains', { a: 1 }, 'a', /Invalid actual value type: string or array/],
    ['not contains', 5, 'x', /Invalid actual value type: string or array/],
    ['start with', 5, 'x', /Invalid actual value type: string/],
    ['start with', 'abc', 1, /Expected value must be a string for startswith/],
    ['end with', 'abc', null, /Expected value must be a string for endswith/],
    ['is', 5, '5', /Invalid actual value type: string or boolean/],
    ['is not', ['a'], 'a', /Invalid actual value type: string or boolean/],
    ['=', 'abc', 'abc', /Invalid actual value type: number or boolean/],
    ['=', 5, 'abc', /invalid literal for int\(\) with base 10: 'abc'/],
    ['=', 5, '5.5', /invalid literal for int\(\)/],
    ['=', 2.5, 'x', /could not convert string to float: 'x'/],
    ['=', 5, ['5'], /Cannot convert <class 'list'> to int/],
    ['=', true, null, /Cannot convert <class 'NoneType'> to bool/],
    ['>', 'abc', '1', /Invalid actual value type: number/],
    ['>', 5, 'abc', /Cannot convert 'abc' to number/],
    ['<', 5, null, /Cannot convert <class 'NoneType'> to number/],
    ['in', 'a', 'abc', /Invalid expected value type: array/],
    ['all of', ['a'], [1, 'a'], /homogeneous list/],
    ['all of', ['a'], 'a', /Unsupported operator: all of/],
    ['is null', null, null, /Unsupported operator: is null/],
  ];
  it.each(ERRORS)('%s on %j vs %j throws', (operator, actual, expected, message) => {
    expect(() => compareValues(operator, actual, expected)).toThrow(ConditionError);
    expect(() => compareValues(operator, actual, expected)).toThrow(message);
  });
});

describe('Python value helpers', () => {
  it('truthiness', () => {
    expect([0, '', [], {}, null, undefined, false].map(pyTruthy)).toEqual(Array(7).fill(false));
    expect([1, 'a', [0], { a: 0 }, true, NaN].map(pyTruthy)).toEqual(Array(6).fill(true));
  });
  it('equality', () => {
    expect(pyEquals(1, true)).toBe(true);
    expect(pyEquals(0, false)).toBe(true);
    expect(pyEquals('1', 1)).toBe(false);
    expect(pyEquals([1, { a: [2] }], [1, { a: [2] }])).toBe(true);
    expect(pyEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(pyEquals(null, undefined)).toBe(true);
  });
  it('int() and float()', () => {
    expect(pyInt('1_000')).toBe(1000);
    expect(pyInt('-7')).toBe(-7);
    expect(pyInt(-7.9)).toBe(-7);
    expect(() => pyInt('1.0')).toThrow(ConditionError);
    expect(pyFloat('.5')).toBe(0.5);
    expect(pyFloat('1e3')).toBe(1000);
    expect(pyFloat('-inf')).toBe(-Infinity);
    expect(() => pyFloat('1,5')).toThrow(/could not convert/);
  });
});

function file(name: string, extra: Partial<FileValue> = {}): FileValue {
  const dot = name.lastIndexOf('.');
  return {
    dify_model_identity: FILE_MARKER, type: 'document', transfer_method: 'local_file', filename: name,
    extension: dot >= 0 ? name.slice(dot) : '', mime_type: 'application/pdf', size: 100, ...extra,
  };
}

function poolWith(values: Record<string, unknown>): VariablePool {
  const pool = new VariablePool();
  pool.setAll('n', values);
  return pool;
}

const cond = (name: string, comparison_operator: string, value?: unknown, extra: Record<string, unknown> = {}) => ({
  variable_selector: ['n', name], comparison_operator, value, ...extra,
});

describe('evaluateConditions', () => {
  it('fails on a variable that is not in the pool, naming it', () => {
    expect(() => evaluateConditions(poolWith({}), [cond('x', 'empty')], 'and')).toThrow("Variable ['n', 'x'] not found");
  });
  it('a null value is a value (exists is false, null is true)', () => {
    const pool = poolWith({ x: null });
    expect(evaluateConditions(pool, [cond('x', 'exists')], 'and').final).toBe(false);
    expect(evaluateConditions(pool, [cond('x', 'null')], 'and').final).toBe(true);
  });
  it('short-circuits and / or and records what it compared', () => {
    const pool = poolWith({ a: 1, b: 'x' });
    const and = evaluateConditions(pool, [cond('a', '>', '5'), cond('missing', 'empty')], 'and');
    expect(and).toEqual({ inputs: [{ actual_value: 1, expected_value: '5', comparison_operator: '>' }], results: [false], final: false });
    const or = evaluateConditions(pool, [cond('b', 'is', 'x'), cond('missing', 'empty')], 'or');
    expect(or.results).toEqual([true]);
    expect(or.final).toBe(true);
    const orAll = evaluateConditions(pool, [cond('b', 'is', 'y'), cond('a', '=', '1')], 'or');
    expect(orAll.results).toEqual([false, true]);
    expect(evaluateConditions(pool, [], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [], 'or').final).toBe(false);
  });
  it('renders string expected values as templates first', () => {
    const pool = poolWith({ a: 'hello', limit: 3, n: 4 });
    expect(evaluateConditions(pool, [cond('a', 'is', '{{#n.a#}}')], 'and').final).toBe(true);
    const r = evaluateConditions(pool, [cond('n', '>', '{{#n.limit#}}')], 'and');
    expect(r.inputs[0]!.expected_value).toBe('3');
    expect(r.final).toBe(true);
  });
  it('reads expected values against booleans as JSON', () => {
    const pool = poolWith({ flag: false, flags: [true, true] });
    expect(evaluateConditions(pool, [cond('flag', 'is', 'false')], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [cond('flag', 'is', '0')], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [cond('flag', 'is not', 'true')], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [cond('flag', 'is', true)], 'and').final).toBe(false);
    expect(evaluateConditions(pool, [cond('flags', 'contains', 'true')], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [cond('flags', 'all of', ['true', '1'])], 'and').final).toBe(true);
    expect(() => evaluateConditions(pool, [cond('flag', 'is', 'yes')], 'and')).toThrow(/as a boolean/);
    expect(() => evaluateConditions(pool, [cond('flag', 'is', '1.5')], 'and')).toThrow(/unexpected value/);
  });
  it('walks into objects and file attributes', () => {
    const pool = poolWith({ obj: { user: { age: 30 } }, doc: file('a.pdf', { size: 2048 }) });
    expect(evaluateConditions(pool, [{ variable_selector: ['n', 'obj', 'user', 'age'], comparison_operator: '≥', value: '18' }], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [{ variable_selector: ['n', 'doc', 'size'], comparison_operator: '>', value: '1000' }], 'and').final).toBe(true);
    expect(evaluateConditions(pool, [{ variable_selector: ['n', 'doc'], comparison_operator: 'exists' }], 'and').final).toBe(true);
  });
  describe('array[file] sub-conditions', () => {
    const files = [file('a.pdf'), file('b.PNG', { type: 'image', mime_type: 'image/png', size: 5000 })];
    const pool = poolWith({ files, none: [] });
    const sub = (operator: string, conditions: unknown[], logical = 'and') =>
      cond('files', operator, undefined, { sub_variable_condition: { logical_operator: logical, conditions } });
    it('any file for a positive operator, every file for a "not" operator', () => {
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'type', comparison_operator: 'in', value: ['image'] }])], 'and').final).toBe(true);
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'type', comparison_operator: 'not in', value: ['image'] }])], 'and').final).toBe(false);
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'size', comparison_operator: '<', value: '200' }])], 'and').final).toBe(true);
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'name', comparison_operator: 'not contains', value: 'z' }])], 'and').final).toBe(true);
    });
    it('compares extensions with a leading dot', () => {
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'extension', comparison_operator: 'is', value: 'pdf' }])], 'and').final).toBe(true);
      expect(evaluateConditions(pool, [sub('contains', [{ key: 'extension', comparison_operator: 'is', value: '.PNG' }])], 'and').final).toBe(true);
      expect(() => evaluateConditions(pool, [sub('contains', [{ key: 'extension', comparison_operator: 'is', value: ['pdf'] }])], 'and')).toThrow(/must be a string/);
    });
    it('joins sub-conditions with their own logical operator', () => {
      const conditions = [
        { key: 'type', comparison_operator: 'in', value: ['image'] },
        { key: 'size', comparison_operator: '>', value: '99999' },
      ];
      expect(evaluateConditions(pool, [sub('all of', conditions, 'and')], 'and').final).toBe(false);
      expect(evaluateConditions(pool, [sub('all of', conditions, 'or')], 'and').final).toBe(true);
    });
    it('requires the sub-condition block and known keys', () => {
      expect(() => evaluateConditions(pool, [cond('files', 'contains', 'x')], 'and')).toThrow('Sub variable is required');
      expect(() => evaluateConditions(pool, [sub('contains', [{ key: 'colour', comparison_operator: 'is', value: 'x' }])], 'and')).toThrow(/not a valid FileAttribute/);
    });
    it('an empty array[file] uses the sub-condition path when declared as files', () => {
      const c = { ...sub('not contains', [{ key: 'name', comparison_operator: 'is', value: 'x' }]), variable_selector: ['n', 'none'], varType: 'array[file]' };
      expect(evaluateConditions(pool, [c], 'and').final).toBe(false);
      expect(evaluateConditions(pool, [{ ...c, varType: 'array[string]' }], 'and').final).toBe(true);
    });
    it('empty / not empty on a file list use truthiness', () => {
      expect(evaluateConditions(pool, [cond('files', 'not empty')], 'and').final).toBe(true);
      expect(evaluateConditions(pool, [cond('none', 'empty')], 'and').final).toBe(true);
    });
  });
});

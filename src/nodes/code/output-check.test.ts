import { describe, expect, it } from 'vitest';
import { NodeRunError } from '../../engine/node-executor';
import { checkCodeOutputs } from './output-check';

const out = (type: string, children: unknown = null) => ({ type, children });

function failure(result: Record<string, unknown>, outputs: Record<string, unknown>): NodeRunError {
  try {
    checkCodeOutputs(result, outputs);
  } catch (e) {
    if (e instanceof NodeRunError) return e;
    throw e;
  }
  throw new Error('expected the check to fail');
}

describe('checkCodeOutputs: presence', () => {
  it('passes declared outputs through', () => {
    const outputs = { s: out('string'), n: out('number'), b: out('boolean'), o: out('object') };
    expect(checkCodeOutputs({ s: 'x', n: 1.5, b: true, o: { k: [1] } }, outputs)).toEqual({ s: 'x', n: 1.5, b: true, o: { k: [1] } });
  });

  it('names a missing output', () => {
    const e = failure({ a: 1 }, { a: out('number'), result: out('string') });
    expect(e.message).toBe('Output result is missing.');
    expect(e.errorType).toBe('OutputValidationError');
  });

  it('refuses undeclared extra keys', () => {
    const e = failure({ result: 'x', extra: 1 }, { result: out('string') });
    expect(e.message).toBe('Not all output parameters are validated.');
    expect(e.errorType).toBe('CodeNodeError');
  });

  it('allows null for every type', () => {
    const types = ['string', 'number', 'boolean', 'object', 'array[string]', 'array[number]', 'array[object]', 'array[boolean]'];
    const outputs = Object.fromEntries(types.map((t, i) => [`o${i}`, out(t)]));
    const result = Object.fromEntries(types.map((_, i) => [`o${i}`, null]));
    expect(checkCodeOutputs(result, outputs)).toEqual(result);
  });

  it('rejects an unsupported declared type', () => {
    expect(failure({ a: 1 }, { a: out('file') }).message).toBe('Output type file is not supported.');
  });
});

describe('checkCodeOutputs: strings', () => {
  it('strips NUL characters', () => {
    expect(checkCodeOutputs({ s: 'a\0b\0' }, { s: out('string') })).toEqual({ s: 'ab' });
    expect(checkCodeOutputs({ s: ['x\0', null] }, { s: out('array[string]') })).toEqual({ s: ['x', null] });
  });

  it('limits length to 400,000 characters', () => {
    expect(checkCodeOutputs({ s: 'a'.repeat(400_000) }, { s: out('string') }).s).toHaveLength(400_000);
    expect(failure({ s: 'a'.repeat(400_001) }, { s: out('string') }).message).toBe('The length of output variable `s` must be less than 400000 characters');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkCodeOutputs({ s: '😀'.repeat(300_000) }, { s: out('string') }).s).toHaveLength(600_000);
  });

  it('rejects a non-string', () => {
    expect(failure({ s: 5 }, { s: out('string') }).message).toBe('Output s must be a string, got int instead');
    expect(failure({ s: ['a', 1] }, { s: out('array[string]') }).message).toBe('Output s[1] must be a string, got int instead');
  });
});

describe('checkCodeOutputs: numbers', () => {
  it('turns booleans into 0/1 for number types', () => {
    expect(checkCodeOutputs({ n: true, a: [true, false, 2] }, { n: out('number'), a: out('array[number]') })).toEqual({ n: 1, a: [1, 0, 2] });
  });

  it('checks the range', () => {
    expect(checkCodeOutputs({ n: 9007199254740991 }, { n: out('number') }).n).toBe(9007199254740991);
    const e = failure({ n: 1e19 }, { n: out('number') });
    expect(e.message).toBe('Output variable `n` is out of range, it must be between -9223372036854775807 and 9223372036854775807.');
    expect(failure({ n: -1e19 }, { n: out('number') }).message).toMatch(/out of range/);
  });

  it('checks the precision of floats (at most 20 decimal places)', () => {
    expect(checkCodeOutputs({ n: 0.1 + 0.2 }, { n: out('number') }).n).toBeCloseTo(0.3);
    expect(checkCodeOutputs({ n: 1e-20 }, { n: out('number') }).n).toBe(1e-20);
    expect(failure({ n: 1.5e-20 }, { n: out('number') }).message).toBe('Output variable `n` has too high precision, it must be less than 20 digits.');
  });

  it('rejects non-numbers', () => {
    expect(failure({ n: '5' }, { n: out('number') }).message).toBe("Output n is not a number, got <class 'str'> instead.");
    expect(failure({ a: [1, null] }, { a: out('array[number]') }).message).toBe('The element at index 1 of output variable `a` must be a number.');
    expect(failure({ a: [1, 1e20] }, { a: out('array[number]') }).message).toMatch(/`a\[1\]` is out of range/);
  });
});

describe('checkCodeOutputs: arrays', () => {
  it('limits lengths: 1000 numbers, 30 strings, 30 objects, booleans unlimited', () => {
    expect(checkCodeOutputs({ a: Array(1000).fill(1) }, { a: out('array[number]') }).a).toHaveLength(1000);
    expect(failure({ a: Array(1001).fill(1) }, { a: out('array[number]') }).message).toBe('The length of output variable `a` must be less than 1000 elements.');
    expect(checkCodeOutputs({ a: Array(30).fill('x') }, { a: out('array[string]') }).a).toHaveLength(30);
    expect(failure({ a: Array(31).fill('x') }, { a: out('array[string]') }).message).toBe('The length of output variable `a` must be less than 30 elements.');
    expect(failure({ a: Array(31).fill({}) }, { a: out('array[object]') }).message).toMatch(/less than 30 elements/);
    expect(checkCodeOutputs({ a: Array(2000).fill(true) }, { a: out('array[boolean]') }).a).toHaveLength(2000);
  });

  it('rejects a non-array', () => {
    expect(failure({ a: 'x' }, { a: out('array[string]') }).message).toBe("Output a is not an array, got <class 'str'> instead.");
    expect(failure({ a: {} }, { a: out('array[object]') }).message).toBe("Output a is not an array, got <class 'dict'> instead.");
  });

  it('checks element types; nulls are allowed inside object and boolean arrays', () => {
    expect(checkCodeOutputs({ a: [{ k: 1 }, null] }, { a: out('array[object]') })).toEqual({ a: [{ k: 1 }, null] });
    expect(failure({ a: [{}, 'x'] }, { a: out('array[object]') }).message).toBe("Output a[1] is not an object, got <class 'str'> instead at index 1.");
    expect(checkCodeOutputs({ a: [true, null] }, { a: out('array[boolean]') })).toEqual({ a: [true, null] });
    expect(failure({ a: [true, 1] }, { a: out('array[boolean]') }).message).toBe("Output a[1] is not a boolean, got <class 'int'> instead.");
  });
});

describe('checkCodeOutputs: objects', () => {
  it('rejects a non-object', () => {
    expect(failure({ o: [1] }, { o: out('object') }).message).toBe("Output o is not an object, got <class 'list'> instead.");
  });

  it('allows nesting down to depth 5', () => {
    const ok = { a: { b: { c: { d: 1 } } } };
    expect(checkCodeOutputs({ o: ok }, { o: out('object') })).toEqual({ o: ok });
    const e = failure({ o: { a: { b: { c: { d: {} } } } } }, { o: out('object') });
    expect(e.message).toBe('Depth limit 5 reached, object too deep.');
    expect(e.errorType).toBe('DepthLimitError');
  });

  it('validates values inside objects by what they are', () => {
    expect(failure({ o: { x: 1e30 } }, { o: out('object') }).message).toBe('Output variable `.o.x` is out of range, it must be between -9223372036854775807 and 9223372036854775807.');
    expect(failure({ o: { list: [1, 'a'] } }, { o: out('object') }).message).toBe('Output .o.list is not a valid array. make sure all elements are of the same type.');
    expect(failure({ o: { s: 'a'.repeat(400_001) } }, { o: out('object') }).message).toMatch(/`.o.s` must be less than 400000/);
    expect(checkCodeOutputs({ o: { flags: [true, 1], none: [null, 'x', 3], rows: [{ a: 1 }, null] } }, { o: out('object') }).o).toBeTruthy();
  });

  it('follows declared children when there are some', () => {
    const outputs = { o: out('object', { name: out('string'), n: out('number') }) };
    expect(checkCodeOutputs({ o: { name: 'a\0', n: false } }, outputs)).toEqual({ o: { name: 'a', n: 0 } });
    expect(failure({ o: { name: 'a' } }, outputs).message).toBe('Output .o.n is missing.');
  });
});

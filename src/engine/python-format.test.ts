import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pythonJsonDumps, pythonRepr, pythonStr } from './python-format';
import { segmentMarkdown, segmentText } from './segment-text';

describe('python formatting', () => {
  it('prints like Python str()/repr()', () => {
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(null)).toBe('None');
    expect(pythonStr(0.1)).toBe('0.1');
    expect(pythonStr(1e-5)).toBe('1e-05');
    expect(pythonStr(1.5e20)).toBe('1.5e+20');
    expect(pythonStr(42)).toBe('42');
    expect(pythonStr(2.5e-7)).toBe('2.5e-07');
    expect(pythonStr(123456.789)).toBe('123456.789');
    expect(pythonRepr([1, 'a', { k: "it's" }, false])).toBe(`[1, 'a', {'k': "it's"}, False]`);
  });

  it('dumps JSON with Python default separators', () => {
    expect(pythonJsonDumps({ a: [1, 'x'], b: null })).toBe('{"a": [1, "x"], "b": null}');
  });

  it('renders segments as Dify does', () => {
    expect(segmentText(['a', 'b'])).toBe('["a", "b"]');
    expect(segmentText([])).toBe('');
    expect(segmentText([1, 2])).toBe('[1, 2]');
    expect(segmentText({ a: 1 })).toBe('{"a": 1}');
    expect(segmentMarkdown({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(segmentMarkdown([1, 'x'])).toBe('- 1\n- x');
    expect(segmentText(false)).toBe('False');
  });

  const py = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' });
  it.skipIf(py.status !== 0)('agrees with python3 on floats', () => {
    const values = [0.1, 1e-5, 3.14159e-10, 1.2345e17, 0.0001, 0.00012, 1234.5, -0.5, 5e-324, 1.7976931348623157e308];
    const out = spawnSync('python3', ['-c', `import json,sys; print('\\n'.join(str(float(x)) for x in json.load(sys.stdin)))`], { input: JSON.stringify(values), encoding: 'utf8' });
    expect(values.map(pythonStr)).toEqual(out.stdout.trim().split('\n'));
  });
});

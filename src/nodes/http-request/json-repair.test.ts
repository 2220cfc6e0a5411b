import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './json-repair';

describe('parseLenientJson', () => {
  it.each([
    ['valid JSON', '{"a": [1, 2.5, "x"], "b": null}', { a: [1, 2.5, 'x'], b: null }],
    ['a raw newline inside a string', '{"text": "line1\nline2"}', { text: 'line1\nline2' }],
    ['trailing commas', '{"a": [1, 2,], "b": 3,}', { a: [1, 2], b: 3 }],
    ['single quotes', "{'a': 'it is'}", { a: 'it is' }],
    ['unquoted keys and values', '{a: hello, b: 2}', { a: 'hello', b: 2 }],
    ['missing commas', '{"a": 1 "b": 2}', { a: 1, b: 2 }],
    ['Python literals', '{"t": True, "f": False, "n": None}', { t: true, f: false, n: null }],
    ['comments', '{\n// note\n"a": 1, /* block */ "b": 2 # tail\n}', { a: 1, b: 2 }],
    ['unclosed brackets', '{"a": [1, {"b": "c"', { a: [1, { b: 'c' }] }],
    ['a code fence', '```json\n{"a": 1}\n```', { a: 1 }],
    ['text before the object', 'Here it is: {"a": 1}', { a: 1 }],
    ['escapes', '{"a": "q\\"\\u00e9\\t"}', { a: 'q"é\t' }],
    ['a missing value', '{"a": , "b": 1}', { a: null, b: 1 }],
    ['a top-level array', '[1, 2', [1, 2]],
    ['a bare literal', 'True', true],
  ])('accepts %s', (_, text, expected) => {
    expect(parseLenientJson(text)).toEqual(expected);
  });

  it('gives undefined when nothing JSON-like is there', () => {
    expect(parseLenientJson('')).toBeUndefined();
    expect(parseLenientJson('   ')).toBeUndefined();
    expect(parseLenientJson('just words')).toBeUndefined();
  });
});

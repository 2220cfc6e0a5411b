import { describe, expect, it } from 'vitest';
import { Jinja2Error, renderJinja2 } from './jinja2';

describe('renderJinja2', () => {
  it('prints values the way Python str() does, and undefined names as empty', () => {
    const vars = { list: ['x', 'y'], dict: { k: 1, s: 'v' }, yes: true, none: null, half: 2.5, n: 3 };
    expect(renderJinja2('{{ list }}|{{ dict }}|{{ yes }}|{{ none }}|{{ half }}|{{ n }}|{{ missing }}|{{ missing.deep }}', vars)).toBe(
      "['x', 'y']|{'k': 1, 's': 'v'}|True|None|2.5|3||",
    );
  });

  it('does not autoescape', () => {
    expect(renderJinja2('{{ html }} & {{ "<b>" }}', { html: '<i>a & b</i>' })).toBe('<i>a & b</i> & <b>');
  });

  it('keeps whitespace around blocks like Jinja2 defaults (no trim_blocks / lstrip_blocks)', () => {
    expect(renderJinja2('a\n  {% if x %}\nyes\n  {% endif %}\nb', { x: true })).toBe('a\n  \nyes\n  \nb');
    expect(renderJinja2('{%- if x -%}\n  trimmed  \n{%- endif -%}', { x: true })).toBe('trimmed');
  });

  it('loops with loop.index, unpacks dict items, and compares numbers', () => {
    const out = renderJinja2('{% for k, v in d.items() %}{{ loop.index }}:{{ k }}={{ v }};{% endfor %}{% if n > 3 %}big{% endif %}', {
      d: { a: 1, b: [1, 2] },
      n: 5,
    });
    expect(out).toBe('1:a=1;2:b=[1, 2];big');
  });

  it('supports Python literals, slices and common str methods', () => {
    expect(renderJinja2('{{ True }} {{ None }} {{ l[1:] }} {{ l[::-1] }}', { l: [1, 2, 3] })).toBe('True None [2, 3] [3, 2, 1]');
    expect(renderJinja2('{{ s.upper() }} {{ s.split(",") }} {{ " x ".strip() }} {{ "-".join(l) }} {{ s.replace("a", "z") }} {{ s.startswith("a") }}', { s: 'a,b', l: [1, 2] })).toBe(
      "A,B ['a', 'b'] x 1-2 z,b True",
    );
  });

  it('has the Jinja2 filters Nunjucks lacks: tojson, map, unique, min, max, items', () => {
    const people = [{ name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }];
    expect(renderJinja2('{{ x | tojson }}', { x: { b: '<tag>', a: 1 } })).toBe('{"a": 1, "b": "\\u003ctag\\u003e"}');
    expect(renderJinja2('{{ people | map(attribute="name") | join(", ") }}', { people })).toBe('Ann, Bob');
    expect(renderJinja2('{{ words | map("upper") | list }}', { words: ['a', 'b'] })).toBe("['A', 'B']");
    expect(renderJinja2('{{ [3, 1, 3, 2] | unique | list }} {{ [3, 1, 2] | min }} {{ [3, 1, 2] | max }}', {})).toBe('[3, 1, 2] 1 3');
    expect(renderJinja2('{% for k, v in d | items %}{{ k }}{{ v }}{% endfor %}', { d: { a: 1 } })).toBe('a1');
    expect(renderJinja2('{{ [1, True, None] | join(",") }} {{ d | string }}', { d: { a: null } })).toBe("1,True,None {'a': None}");
  });

  it('prints macro output without escaping or quoting', () => {
    expect(renderJinja2('{% macro tag(x) %}<{{ x }}>{% endmacro %}{{ tag("a") }}', {})).toBe('<a>');
  });

  it('raises Jinja2Error for syntax and render errors', () => {
    expect(() => renderJinja2('{% if %}', {})).toThrow(Jinja2Error);
    expect(() => renderJinja2('{% if %}', {})).toThrow(/syntax error/);
    expect(() => renderJinja2('{{ f() }}', {})).toThrow(/render error: .*undefined/);
  });

  it("does not change the caller's values", () => {
    const vars = { l: [1, 2] };
    expect(renderJinja2('{% set _ = l.append(3) %}{{ l }}', vars)).toBe('[1, 2, 3]');
    expect(vars.l).toEqual([1, 2]);
  });

  it('renders the same template with different variables (compiled once, cached)', () => {
    const template = 'Hello {{ name }}';
    expect(renderJinja2(template, { name: 'A' })).toBe('Hello A');
    expect(renderJinja2(template, { name: 'B' })).toBe('Hello B');
  });
});

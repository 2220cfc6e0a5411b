import { describe, expect, it } from 'vitest';
import { parseJsonObject } from './json-reply';
import { splitThinkTags, ThinkTagFilter } from './think-tags';

describe('splitThinkTags', () => {
  it('moves think blocks into reasoning and trims the text', () => {
    expect(splitThinkTags('<think>\n a \n</think>\n\nAnswer\n\n\n<THINK type="x">b</THINK> end')).toEqual({ text: 'Answer\n\n end', reasoning: 'a\nb' });
  });

  it('handles an unclosed block and a reply that only closes one', () => {
    expect(splitThinkTags('Hi <think>still thinking')).toEqual({ text: 'Hi', reasoning: 'still thinking' });
    expect(splitThinkTags('opened by the template</think>Done')).toEqual({ text: 'Done', reasoning: 'opened by the template' });
  });

  it('leaves text without tags as it is, trimmed', () => {
    expect(splitThinkTags('  plain  ')).toEqual({ text: 'plain', reasoning: '' });
  });
});

describe('ThinkTagFilter', () => {
  const source = '<think>secret <b>plan</b></think>\n\nVisible <thin text> and more';
  it.each([1, 2, 3, 5, 8, source.length])('drops think blocks from a stream cut every %i characters', (size) => {
    const filter = new ThinkTagFilter();
    let out = '';
    for (let i = 0; i < source.length; i += size) out += filter.push(source.slice(i, i + size));
    out += filter.end();
    expect(out).toBe('Visible <thin text> and more');
  });
});

describe('parseJsonObject', () => {
  it('reads whole JSON, fenced JSON, and the first object in prose', () => {
    expect(parseJsonObject(' {"a": 1} ')).toEqual({ a: 1 });
    expect(parseJsonObject('Result:\n```json\n{"a": [1, 2]}\n```')).toEqual({ a: [1, 2] });
    expect(parseJsonObject('<think>{"no": 1}</think>The answer is {"b": "x}y", "c": {"d": null}} ok')).toEqual({ b: 'x}y', c: { d: null } });
    expect(parseJsonObject('first {broken then {"ok": true}')).toEqual({ ok: true });
  });

  it('returns undefined without an object', () => {
    expect(parseJsonObject('[1, 2]')).toBeUndefined();
    expect(parseJsonObject('no json here')).toBeUndefined();
  });
});

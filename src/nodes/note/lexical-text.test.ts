import { describe, expect, it } from 'vitest';
import { noteBlocks, notePlainText } from './lexical-text';

const text = (t: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: t, type: 'text', version: 1 });
const paragraph = (...children: unknown[]) => ({ children, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 });
const state = (...children: unknown[]) => JSON.stringify({ root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });

describe('noteBlocks', () => {
  it('reads paragraphs with bold, italic and strikethrough runs', () => {
    expect(noteBlocks(state(paragraph(text('plain '), text('bold', 1), text('both', 3), text('gone', 4))))).toEqual([
      { kind: 'paragraph', runs: [{ text: 'plain ' }, { text: 'bold', bold: true }, { text: 'both', bold: true, italic: true }, { text: 'gone', strike: true }] },
    ]);
  });

  it('reads bullet and numbered lists, links and line breaks', () => {
    const list = { type: 'list', listType: 'bullet', children: [
      { type: 'listitem', children: [text('one')] },
      { type: 'listitem', children: [{ type: 'link', url: 'https://dify.ai', children: [text('two')] }] },
    ] };
    const numbered = { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('a'), { type: 'linebreak' }, text('b')] }] };
    expect(noteBlocks(state(list, numbered))).toEqual([
      { kind: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two', link: 'https://dify.ai' }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'a' }, { text: '\n' }, { text: 'b' }]] },
    ]);
  });

  it('keeps markup in text as text', () => {
    expect(notePlainText(state(paragraph(text('<img src=x onerror=alert(1)>'))))).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows a malformed or non-Lexical string as itself, and nothing for empty text', () => {
    expect(noteBlocks('{"root": broken')).toEqual([{ kind: 'paragraph', runs: [{ text: '{"root": broken' }] }]);
    expect(noteBlocks('just words')).toEqual([{ kind: 'paragraph', runs: [{ text: 'just words' }] }]);
    expect(noteBlocks('{"other":1}')).toEqual([{ kind: 'paragraph', runs: [{ text: '{"other":1}' }] }]);
    expect(noteBlocks('')).toEqual([]);
    expect(noteBlocks(undefined)).toEqual([]);
  });

  it('survives very deep nesting without overflowing the stack', () => {
    let node: Record<string, unknown> = text('deep');
    for (let i = 0; i < 5000; i++) node = { type: 'paragraph', children: [node] };
    expect(() => noteBlocks(JSON.stringify({ root: { children: [node] } }))).not.toThrow();
  });
});

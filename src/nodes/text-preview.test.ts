import { describe, expect, it } from 'vitest';
import { firstLine, previewSegments, PREVIEW_LIMIT } from './text-preview';

describe('firstLine', () => {
  it('takes the first non-empty line, trimmed', () => {
    expect(firstLine('\n\n  Hello {{ name }}  \nsecond')).toBe('Hello {{ name }}');
    expect(firstLine('')).toBe('');
    expect(firstLine(undefined)).toBe('');
  });

  it('cuts long lines with an ellipsis', () => {
    const out = firstLine('x'.repeat(PREVIEW_LIMIT + 50));
    expect(out).toHaveLength(PREVIEW_LIMIT + 1);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('previewSegments', () => {
  it('splits references out of the text', () => {
    expect(previewSegments('Answer: {{#llm.text#}} and {{#sys.query#}}!')).toEqual([
      { text: 'Answer: ' }, { selector: ['llm', 'text'] }, { text: ' and ' }, { selector: ['sys', 'query'] }, { text: '!' },
    ]);
  });

  it('keeps markup as plain text', () => {
    expect(previewSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
  });
});

describe('firstLine on long texts', () => {
  it('finds the first line past blank ones (CRLF, tabs) and cuts it as a whole-text split would', () => {
    const long = `${'a '.repeat(PREVIEW_LIMIT)}end`;
    const text = `\r\n \t\r\n  ${long}  \r\nnext line\n${'z'.repeat(100_000)}`;
    expect(firstLine(text)).toBe(`${long.slice(0, PREVIEW_LIMIT)}…`);
    expect(firstLine(' \n\t\n')).toBe('');
    expect(firstLine(`${'b'.repeat(PREVIEW_LIMIT)}   \nx`)).toBe('b'.repeat(PREVIEW_LIMIT));
    expect(firstLine(`last line only\r`)).toBe('last line only');
  });
});

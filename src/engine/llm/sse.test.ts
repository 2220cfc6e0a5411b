import { describe, expect, it } from 'vitest';
import { SseDecoder } from './sse';

function feed(pieces: string[]): string[] {
  const decoder = new SseDecoder();
  return [...pieces.flatMap((p) => decoder.push(p)), ...decoder.end()];
}

describe('SseDecoder', () => {
  it('returns each event once its blank line arrives, whatever the cuts', () => {
    const stream = 'data: {"a":1}\n\ndata: {"b":2}\n\ndata: [DONE]\n\n';
    const expected = ['{"a":1}', '{"b":2}', '[DONE]'];
    for (let size = 1; size <= stream.length; size++) {
      const pieces: string[] = [];
      for (let i = 0; i < stream.length; i += size) pieces.push(stream.slice(i, i + size));
      expect(feed(pieces)).toEqual(expected);
    }
  });

  it('handles CRLF split between pieces, comments, other fields and multi-line data', () => {
    expect(feed([': keep-alive\r', '\n', 'event: message\r\nid: 1\r\ndata: line1\r\ndata:line2\r', '\n\r', '\n'])).toEqual(['line1\nline2']);
  });

  it('keeps a last event that has no blank line after it', () => {
    expect(feed(['data: tail'])).toEqual(['tail']);
  });
});

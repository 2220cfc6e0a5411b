/**
 * `<think>…</think>` blocks some reasoning models put in their text. With Dify's
 * reasoning_format `separated` they move to reasoning_content; `tagged` leaves the text alone.
 */

const THINK_BLOCK = /<think\b[^>]*>([\s\S]*?)<\/think\s*>/gi;
const OPEN_TAG = /<think\b[^>]*>/i;
const CLOSE_TAG = /<\/think\s*>/i;

export interface SplitReasoning {
  text: string;
  reasoning: string;
}

/** Move every think block out of the text (an unclosed one runs to the end); the text is trimmed. */
export function splitThinkTags(text: string): SplitReasoning {
  const reasoning: string[] = [];
  let rest = text.replace(THINK_BLOCK, (_, inner: string) => {
    reasoning.push(inner.trim());
    return '';
  });
  const open = OPEN_TAG.exec(rest);
  if (open) {
    reasoning.push(rest.slice(open.index + open[0].length).trim());
    rest = rest.slice(0, open.index);
  } else if (reasoning.length === 0) {
    // Chat templates that open the block themselves leave only the closing tag in the reply.
    const close = CLOSE_TAG.exec(rest);
    if (close) {
      reasoning.push(rest.slice(0, close.index).trim());
      rest = rest.slice(close.index + close[0].length);
    }
  }
  if (reasoning.length === 0) return { text: text.trim(), reasoning: '' };
  return { text: rest.replace(/\n\s*\n/g, '\n\n').trim(), reasoning: reasoning.filter((r) => r !== '').join('\n') };
}

/** The longest tail of `text` that could be the start of `tag` (a tag cut between chunks). */
function partialTail(text: string, tag: string): number {
  const lower = text.slice(-tag.length).toLowerCase();
  for (let n = Math.min(tag.length - 1, lower.length); n > 0; n--) {
    if (tag.startsWith(lower.slice(lower.length - n))) return n;
  }
  return 0;
}

/** Streams text with think blocks removed, tags cut across chunks included. */
export class ThinkTagFilter {
  private inside = false;
  private pending = '';
  private emitted = false;

  push(delta: string): string {
    let buffer = this.pending + delta;
    this.pending = '';
    let out = '';
    while (buffer !== '') {
      if (!this.inside) {
        const start = buffer.search(/<think/i);
        if (start < 0) {
          const keep = partialTail(buffer, '<think');
          out += buffer.slice(0, buffer.length - keep);
          this.pending = buffer.slice(buffer.length - keep);
          break;
        }
        out += buffer.slice(0, start);
        const end = buffer.indexOf('>', start);
        if (end < 0) {
          this.pending = buffer.slice(start);
          break;
        }
        this.inside = true;
        buffer = buffer.slice(end + 1);
      } else {
        const close = CLOSE_TAG.exec(buffer);
        if (!close) {
          const keep = partialTail(buffer, '</think>');
          this.pending = buffer.slice(buffer.length - keep);
          break;
        }
        this.inside = false;
        buffer = buffer.slice(close.index + close[0].length);
      }
    }
    return this.visible(out);
  }

  /** What is left when the stream ends (a held-back partial tag that never completed). */
  end(): string {
    const rest = this.inside ? '' : this.pending;
    this.pending = '';
    return this.visible(rest);
  }

  /** Leading whitespace is dropped, as the final text is trimmed. */
  private visible(text: string): string {
    if (this.emitted) return text;
    const trimmed = text.replace(/^\s+/, '');
    if (trimmed !== '') this.emitted = true;
    return trimmed;
  }
}

/**
 * The first non-empty line of a template (an answer, a Jinja template), cut into plain text and
 * `{{#node.var#}}` references, so a card can show the references as variable chips.
 */
export type PreviewSegment = { text: string } | { selector: string[] };

const REF = /\{\{#([^#{}]+?)#\}\}/g;
export const PREVIEW_LIMIT = 120;

/** Line by line with indexOf, copying at most PREVIEW_LIMIT characters: a long prompt is never split or copied whole. */
export function firstLine(text: unknown): string {
  if (typeof text !== 'string') return '';
  const blank = (at: number) => /\s/.test(text[at]!);
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    let from = start;
    while (from < end && blank(from)) from++;
    if (from < end) {
      while (blank(end - 1)) end--;
      return end - from > PREVIEW_LIMIT ? `${text.slice(from, from + PREVIEW_LIMIT)}…` : text.slice(from, end);
    }
    start = end + 1;
  }
  return '';
}

export function previewSegments(text: unknown): PreviewSegment[] {
  const line = firstLine(text);
  const out: PreviewSegment[] = [];
  let at = 0;
  for (const m of line.matchAll(REF)) {
    if (m.index > at) out.push({ text: line.slice(at, m.index) });
    out.push({ selector: m[1]!.split('.') });
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ text: line.slice(at) });
  return out;
}

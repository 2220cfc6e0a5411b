/**
 * The first non-empty line of a template (an answer, a Jinja template), cut into plain text and
 * `{{#node.var#}}` references, so a card can show the references as variable chips.
 */
export type PreviewSegment = { text: string } | { selector: string[] };

const REF = /\{\{#([^#{}]+?)#\}\}/g;
export const PREVIEW_LIMIT = 120;

export function firstLine(text: unknown): string {
  if (typeof text !== 'string') return '';
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > PREVIEW_LIMIT ? `${trimmed.slice(0, PREVIEW_LIMIT)}…` : trimmed;
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

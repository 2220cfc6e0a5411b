/**
 * A note's text (dify-dsl.md 2.23, 6.10) is a JSON string of a Lexical editor state. This reads
 * it into plain paragraphs and lists of styled runs, for rendering as React text, never HTML.
 * Anything that is not a Lexical state reads as one plain paragraph holding the raw string.
 */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  /** The link's URL, kept as data (the card shows it as text, not as a live link). */
  link?: string;
}

export type NoteBlock =
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'list'; ordered: boolean; items: TextRun[][] };

/** Lexical's text format bits. */
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;
const CODE = 16;
const MAX_DEPTH = 64;

type LexNode = Record<string, unknown>;

const isNode = (v: unknown): v is LexNode => v !== null && typeof v === 'object' && !Array.isArray(v);
const childrenOf = (n: LexNode): LexNode[] => (Array.isArray(n.children) ? n.children.filter(isNode) : []);

function textRun(n: LexNode, link: string | undefined): TextRun {
  const format = typeof n.format === 'number' ? n.format : 0;
  const run: TextRun = { text: typeof n.text === 'string' ? n.text : '' };
  if (format & BOLD) run.bold = true;
  if (format & ITALIC) run.italic = true;
  if (format & STRIKE) run.strike = true;
  if (format & UNDERLINE) run.underline = true;
  if (format & CODE) run.code = true;
  if (link !== undefined) run.link = link;
  return run;
}

/** The runs of an inline container (paragraph, heading, list item, link), flattened. */
function runsOf(n: LexNode, link: string | undefined, depth: number): TextRun[] {
  if (depth > MAX_DEPTH) return [];
  const out: TextRun[] = [];
  for (const child of childrenOf(n)) {
    if (child.type === 'text' || typeof child.text === 'string') out.push(textRun(child, link));
    else if (child.type === 'linebreak') out.push({ text: '\n' });
    else if (child.type === 'link' || child.type === 'autolink') out.push(...runsOf(child, typeof child.url === 'string' ? child.url : link, depth + 1));
    else if (child.type !== 'list') out.push(...runsOf(child, link, depth + 1));
  }
  return out;
}

function blocksOf(n: LexNode, depth: number): NoteBlock[] {
  if (depth > MAX_DEPTH) return [];
  if (n.type === 'list') {
    const items: TextRun[][] = [];
    const nested: NoteBlock[] = [];
    for (const item of childrenOf(n)) {
      items.push(runsOf(item, undefined, depth + 1));
      for (const inner of childrenOf(item)) if (inner.type === 'list') nested.push(...blocksOf(inner, depth + 1));
    }
    return [{ kind: 'list', ordered: n.listType === 'number', items }, ...nested];
  }
  return [{ kind: 'paragraph', runs: runsOf(n, undefined, depth + 1) }];
}

function lexicalRoot(text: string): LexNode | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isNode(parsed) && isNode(parsed.root) ? parsed.root : undefined;
  } catch {
    return undefined;
  }
}

export function noteBlocks(text: unknown): NoteBlock[] {
  if (typeof text !== 'string' || text === '') return [];
  const root = lexicalRoot(text);
  if (!root) return [{ kind: 'paragraph', runs: [{ text }] }];
  return childrenOf(root).flatMap((n) => blocksOf(n, 0));
}

/** The note's text without styling, e.g. for a tooltip or a search. */
export function notePlainText(text: unknown): string {
  return noteBlocks(text)
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.items.map((i) => i.map((r) => r.text).join('')).join('\n')))
    .join('\n');
}

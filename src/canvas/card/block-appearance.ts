/**
 * How each block type looks in the UI: the colour of its icon tile (Dify's per-type palette)
 * and a simple line glyph (our own 24x24 stroke paths). One table, so the cards, the node panel
 * and the palette can agree.
 */
export interface BlockAppearance {
  /** Tailwind background of the icon tile. */
  tile: string;
  /** SVG path data, drawn with a 2px round stroke. */
  glyph: string;
}

const G = {
  home: 'M3 11l9-7 9 7v8a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
  flag: 'M5 21V4h12l-2.5 4L17 12H5',
  bubble: 'M4 5h16v11H10l-6 4z',
  sparkle: 'M12 3l2.3 6.7L21 12l-6.7 2.3L12 21l-2.3-6.7L3 12l6.7-2.3z',
  book: 'M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5zM5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3',
  question: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.8-.9 1.4v.3M12 16.5h.01',
  branch: 'M6 3v18M6 12h5l7-6M11 12l7 6',
  repeat: 'M17 3l3 3-3 3M4 11V9a3 3 0 0 1 3-3h13M7 21l-3-3 3-3M20 13v2a3 3 0 0 1-3 3H4',
  loop: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5',
  stop: 'M7 7h10v10H7z',
  code: 'M9 7l-5 5 5 5M15 7l5 5-5 5',
  template: 'M4 6h16M4 12h10M4 18h13',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9M12 3c-2.5 2.7-3.5 5.7-3.5 9s1 6.3 3.5 9',
  merge: 'M4 6h4l6 6h6M4 18h4l6-6M17 9l3 3-3 3',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  braces: 'M8 4H7a2 2 0 0 0-2 2v4l-2 2 2 2v4a2 2 0 0 0 2 2h1M16 4h1a2 2 0 0 1 2 2v4l2 2-2 2v4a2 2 0 0 1-2 2h-1',
  list: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  document: 'M6 3h8l5 5v13H6zM14 3v5h5M9 13h6M9 17h6',
  wrench: 'M14.5 4.5a4.5 4.5 0 0 0-4.2 6.1L4 16.9 7.1 20l6.3-6.3a4.5 4.5 0 0 0 6.1-4.2l-2.7 2.7-2.8-.4-.4-2.8z',
  robot: 'M5 8h14v11H5zM12 4v4M9 13h.01M15 13h.01M9.5 16.5h5',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 21a7.5 7.5 0 0 1 15 0',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  plug: 'M9 3v5M15 3v5M6 8h12v3a6 6 0 0 1-12 0zM12 17v4',
  play: 'M8 5l11 7-11 7z',
  square: 'M5 5h14v14H5z',
};

const TABLE: Record<string, BlockAppearance> = {
  start: { tile: 'bg-blue-600', glyph: G.home },
  end: { tile: 'bg-amber-500', glyph: G.flag },
  answer: { tile: 'bg-amber-500', glyph: G.bubble },
  llm: { tile: 'bg-indigo-500', glyph: G.sparkle },
  'knowledge-retrieval': { tile: 'bg-green-600', glyph: G.book },
  agent: { tile: 'bg-indigo-600', glyph: G.robot },
  'question-classifier': { tile: 'bg-green-600', glyph: G.question },
  'if-else': { tile: 'bg-cyan-600', glyph: G.branch },
  'human-input': { tile: 'bg-teal-600', glyph: G.person },
  iteration: { tile: 'bg-cyan-600', glyph: G.repeat },
  'iteration-start': { tile: 'bg-blue-600', glyph: G.play },
  loop: { tile: 'bg-cyan-600', glyph: G.loop },
  'loop-start': { tile: 'bg-blue-600', glyph: G.play },
  'loop-end': { tile: 'bg-amber-500', glyph: G.stop },
  code: { tile: 'bg-blue-500', glyph: G.code },
  'template-transform': { tile: 'bg-blue-500', glyph: G.template },
  'variable-aggregator': { tile: 'bg-blue-500', glyph: G.merge },
  'variable-assigner': { tile: 'bg-blue-500', glyph: G.merge },
  'document-extractor': { tile: 'bg-green-600', glyph: G.document },
  assigner: { tile: 'bg-blue-500', glyph: G.pencil },
  'parameter-extractor': { tile: 'bg-blue-500', glyph: G.braces },
  'http-request': { tile: 'bg-violet-500', glyph: G.globe },
  'list-operator': { tile: 'bg-cyan-600', glyph: G.list },
  tool: { tile: 'bg-slate-600', glyph: G.wrench },
  'trigger-schedule': { tile: 'bg-violet-500', glyph: G.clock },
  'trigger-webhook': { tile: 'bg-blue-600', glyph: G.link },
  'trigger-plugin': { tile: 'bg-violet-500', glyph: G.plug },
};

const UNKNOWN: BlockAppearance = { tile: 'bg-slate-400', glyph: G.square };

export function appearanceOf(blockType: string): BlockAppearance {
  return Object.hasOwn(TABLE, blockType) ? TABLE[blockType]! : UNKNOWN;
}

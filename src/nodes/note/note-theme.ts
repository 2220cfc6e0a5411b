/** Dify's six note themes (dify-dsl.md 2.23): a light background, a border and a title strip per theme. */
export const NOTE_THEMES = ['blue', 'cyan', 'green', 'yellow', 'pink', 'violet'] as const;
export type NoteTheme = (typeof NOTE_THEMES)[number];

export interface NoteThemeClasses {
  background: string;
  border: string;
  strip: string;
}

const CLASSES: Record<NoteTheme, NoteThemeClasses> = {
  blue: { background: 'bg-[#eff4ff]', border: 'border-[#84adff]', strip: 'bg-[#d1e0ff]' },
  cyan: { background: 'bg-[#ecfdff]', border: 'border-[#67e3f9]', strip: 'bg-[#cff9fe]' },
  green: { background: 'bg-[#edfcf2]', border: 'border-[#73e2a3]', strip: 'bg-[#d3f8df]' },
  yellow: { background: 'bg-[#fefbe8]', border: 'border-[#fde272]', strip: 'bg-[#fef7c3]' },
  pink: { background: 'bg-[#fdf2fa]', border: 'border-[#faa7e0]', strip: 'bg-[#fce7f6]' },
  violet: { background: 'bg-[#f5f3ff]', border: 'border-[#c3b5fd]', strip: 'bg-[#ece9fe]' },
};

/** The note's theme; an unknown or missing one is Dify's default, blue. */
export function noteTheme(value: unknown): NoteTheme {
  return (NOTE_THEMES as readonly unknown[]).includes(value) ? (value as NoteTheme) : 'blue';
}

export function noteThemeClasses(value: unknown): NoteThemeClasses {
  return CLASSES[noteTheme(value)];
}

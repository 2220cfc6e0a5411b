import { describe, expect, it } from 'vitest';
import { NOTE_THEMES, noteTheme, noteThemeClasses } from './note-theme';

describe('note themes', () => {
  it('knows Dify six themes and falls back to blue', () => {
    expect(NOTE_THEMES).toEqual(['blue', 'cyan', 'green', 'yellow', 'pink', 'violet']);
    expect(noteTheme('pink')).toBe('pink');
    expect(noteTheme('orange')).toBe('blue');
    expect(noteTheme(undefined)).toBe('blue');
  });
  it('gives each theme its own colours', () => {
    const backgrounds = new Set(NOTE_THEMES.map((t) => noteThemeClasses(t).background));
    expect(backgrounds.size).toBe(6);
  });
});

import { describe, expect, it } from 'vitest';
import { viewportShortcutFor, type ShortcutKey } from './use-viewport-shortcuts';

const press = (key: string, code: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('viewportShortcutFor', () => {
  it("knows Dify's viewport shortcuts", () => {
    expect(viewportShortcutFor(press('1', 'Digit1', { ctrlKey: true }))).toBe('fit');
    expect(viewportShortcutFor(press('1', 'Digit1', { metaKey: true }))).toBe('fit');
    expect(viewportShortcutFor(press('!', 'Digit1', { shiftKey: true }))).toBe('zoom-100');
    expect(viewportShortcutFor(press('%', 'Digit5', { shiftKey: true }))).toBe('zoom-50');
    expect(viewportShortcutFor(press('-', 'Minus', { ctrlKey: true }))).toBe('zoom-out');
    expect(viewportShortcutFor(press('=', 'Equal', { ctrlKey: true }))).toBe('zoom-in');
    expect(viewportShortcutFor(press('+', 'Equal', { ctrlKey: true, shiftKey: true }))).toBe('zoom-in');
  });
  it('switches modes with plain V and H', () => {
    expect(viewportShortcutFor(press('v', 'KeyV'))).toBe('pointer');
    expect(viewportShortcutFor(press('H', 'KeyH'))).toBe('hand');
  });
  it('maximizes the canvas with plain F only (Ctrl+F stays the browser\'s find)', () => {
    expect(viewportShortcutFor(press('f', 'KeyF'))).toBe('maximize');
    expect(viewportShortcutFor(press('f', 'KeyF', { ctrlKey: true }))).toBeUndefined();
    expect(viewportShortcutFor(press('F', 'KeyF', { shiftKey: true }))).toBeUndefined();
  });
  it('leaves other combinations alone', () => {
    expect(viewportShortcutFor(press('v', 'KeyV', { ctrlKey: true }))).toBeUndefined(); // paste
    expect(viewportShortcutFor(press('h', 'KeyH', { shiftKey: true }))).toBeUndefined();
    expect(viewportShortcutFor(press('1', 'Digit1'))).toBeUndefined();
    expect(viewportShortcutFor(press('1', 'Digit1', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(viewportShortcutFor(press('5', 'Digit5', { ctrlKey: true }))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { selectedAfter } from './edge-selection';

describe('selectedAfter', () => {
  it('adds and removes by React Flow select changes, ignoring other changes', () => {
    expect(selectedAfter([], [{ type: 'select', id: 'a', selected: true }, { type: 'select', id: 'b', selected: true }])).toEqual(['a', 'b']);
    expect(selectedAfter(['a', 'b'], [{ type: 'select', id: 'a', selected: false }, { type: 'remove', id: 'b' }])).toEqual(['b']);
  });

  it('returns the same array when nothing changed, so nothing re-renders', () => {
    const current = ['a'];
    expect(selectedAfter(current, [{ type: 'remove', id: 'a' }])).toBe(current);
    expect(selectedAfter(current, [{ type: 'select', id: 'a', selected: true }])).toBe(current);
    expect(selectedAfter(current, [{ type: 'select', id: 'b', selected: false }])).toBe(current);
  });
});

import { describe, expect, it } from 'vitest';
import { sortNodeChanges } from './node-changes';

describe('sortNodeChanges', () => {
  it('collects moves, sizes and the new selection', () => {
    const out = sortNodeChanges(
      [
        { type: 'position', id: 'a', position: { x: 10, y: 20 }, dragging: true },
        { type: 'position', id: 'b', dragging: false },
        { type: 'dimensions', id: 'a', dimensions: { width: 240, height: 90 } },
        { type: 'select', id: 'a', selected: true },
        { type: 'select', id: 'old', selected: false },
        { type: 'remove', id: 'c' },
      ],
      ['old', 'kept'],
    );
    expect(out.moves).toEqual([{ id: 'a', position: { x: 10, y: 20 } }]);
    expect(out.sizes).toEqual([{ id: 'a', width: 240, height: 90 }]);
    expect(out.selection).toEqual(['kept', 'a']);
  });

  it('leaves the selection alone when no change touches it', () => {
    const out = sortNodeChanges([{ type: 'dimensions', id: 'a', dimensions: { width: 1, height: 2 } }], ['x']);
    expect(out).toEqual({ moves: [], sizes: [{ id: 'a', width: 1, height: 2 }] });
  });
});

import { describe, expect, it } from 'vitest';
import { helpLinesFor } from './help-lines';

const box = (x: number, y: number, width = 240, height = 100) => ({ x, y, width, height });

describe('helpLinesFor', () => {
  it('snaps left edges within 5 px and shows a vertical guide there', () => {
    expect(helpLinesFor(box(103, 400), [box(100, 0)])).toEqual({ position: { x: 100, y: 400 }, vertical: 100 });
    expect(helpLinesFor(box(95, 400), [box(100, 0)])).toEqual({ position: { x: 100, y: 400 }, vertical: 100 });
  });

  it('leaves a node more than 5 px away where it is, with no guide', () => {
    expect(helpLinesFor(box(106, 400), [box(100, 0)])).toEqual({ position: { x: 106, y: 400 } });
    expect(helpLinesFor(box(0, 0), [])).toEqual({ position: { x: 0, y: 0 } });
  });

  it('aligns centres and right edges, also between boxes of different sizes', () => {
    // Centre of a 100-wide box at 172 is 222; the other's centre is 100 + 120 = 220.
    expect(helpLinesFor(box(172, 400, 100), [box(100, 0)])).toEqual({ position: { x: 170, y: 400 }, vertical: 220 });
    // Right edge 342 meets the other's right edge 100 + 240 = 340.
    expect(helpLinesFor(box(242, 400, 100), [box(100, 0)])).toEqual({ position: { x: 240, y: 400 }, vertical: 340 });
  });

  it('snaps top, middle and bottom with a horizontal guide', () => {
    expect(helpLinesFor(box(600, 52), [box(0, 50)])).toEqual({ position: { x: 600, y: 50 }, horizontal: 50 });
    expect(helpLinesFor(box(600, 76, 240, 50), [box(0, 50)])).toEqual({ position: { x: 600, y: 75 }, horizontal: 100 });
    // Bottom 248 meets the other's bottom 250.
    expect(helpLinesFor(box(600, 188, 240, 60), [box(0, 50, 240, 200)])).toEqual({ position: { x: 600, y: 190 }, horizontal: 250 });
  });

  it('snaps both axes at once, each to its closest line among several nodes', () => {
    const r = helpLinesFor(box(302, 198), [box(300, 0), box(0, 200), box(304, 600)]);
    expect(r).toEqual({ position: { x: 300, y: 200 }, vertical: 300, horizontal: 200 });
  });

  it('takes the closest line when several are within reach', () => {
    expect(helpLinesFor(box(100, 400), [box(104, 0), box(99, 800)])).toEqual({ position: { x: 99, y: 400 }, vertical: 99 });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, zoomStep } from './zoom-levels';

describe('zoomStep', () => {
  it('moves by 0.1 and lands on hundredths', () => {
    expect(zoomStep(1, 1)).toBe(1.1);
    expect(zoomStep(0.7, -1)).toBe(0.6);
    expect(zoomStep(0.333, 1)).toBe(0.43);
  });
  it('clamps to the canvas range', () => {
    expect(zoomStep(1.95, 1)).toBe(MAX_ZOOM);
    expect(zoomStep(2, 1)).toBe(MAX_ZOOM);
    expect(zoomStep(0.3, -1)).toBe(MIN_ZOOM);
  });
});

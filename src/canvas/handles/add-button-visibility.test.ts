import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoveredNode, nodeHoverEnded, nodeHoverStarted } from './add-button-visibility';

describe('the hovered node whose "+" buttons show', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
  });

  it('stays a moment after the pointer leaves, so it can cross to a "+" outside the card', () => {
    nodeHoverStarted('a');
    nodeHoverEnded('a');
    expect(hoveredNode()).toBe('a');
    vi.advanceTimersByTime(500);
    expect(hoveredNode()).toBeUndefined();
  });

  it('moves to the next card at once, and a late leave of the old one does not clear it', () => {
    nodeHoverStarted('a');
    nodeHoverEnded('a');
    nodeHoverStarted('b');
    expect(hoveredNode()).toBe('b');
    nodeHoverEnded('a');
    vi.advanceTimersByTime(500);
    expect(hoveredNode()).toBe('b');
  });

  it('returning before the delay keeps it', () => {
    nodeHoverStarted('a');
    nodeHoverEnded('a');
    vi.advanceTimersByTime(100);
    nodeHoverStarted('a');
    vi.advanceTimersByTime(500);
    expect(hoveredNode()).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { cardFor, cards } from './cards';
import { nodeSpecs } from './specs';

/** Drawn by their own renderers: containers, their start children, Exit Loop (custom-simple). */
const NOT_CARD_BODIES = new Set(['iteration', 'loop', 'iteration-start', 'loop-start', 'loop-end']);

describe('card registry', () => {
  it('has a body for every block type with a spec, except those drawn by their own renderer', () => {
    const missing = [...nodeSpecs.keys()].filter((type) => !NOT_CARD_BODIES.has(type) && !cardFor(type));
    expect(missing).toEqual([]);
  });

  it('lists only types that have a spec', () => {
    expect(Object.keys(cards).filter((type) => !nodeSpecs.has(type))).toEqual([]);
  });

  it('gives nothing for unknown types, which keep the bare frame', () => {
    expect(cardFor('mystery')).toBeUndefined();
    expect(cardFor('constructor')).toBeUndefined();
  });

  it('lets only branching types draw their own handles', () => {
    expect(Object.entries(cards).filter(([, entry]) => entry.ownsHandles).map(([type]) => type).sort()).toEqual(['human-input', 'if-else', 'question-classifier']);
  });
});

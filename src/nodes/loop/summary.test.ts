import { describe, expect, it } from 'vitest';
import { loopBadge } from './summary';

describe('loopBadge', () => {
  it('gives the round limit and loop variables', () => {
    expect(loopBadge({ type: 'loop', loop_count: 5, loop_variables: [{ label: 'n' }, { label: 'acc' }] })).toBe('max 5 rounds · n, acc');
    expect(loopBadge({ type: 'loop' })).toBe('max 10 rounds');
  });
});

import { describe, expect, it } from 'vitest';
import { iterationBadge } from './summary';

describe('iterationBadge', () => {
  it('shows parallel mode and a non-default error mode', () => {
    expect(iterationBadge({ type: 'iteration', is_parallel: true, parallel_nums: 4, error_handle_mode: 'continue-on-error' })).toBe('parallel ×4 · continue on error');
    expect(iterationBadge({ type: 'iteration', is_parallel: false, error_handle_mode: 'terminated' })).toBe('');
  });
});

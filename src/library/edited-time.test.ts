import { describe, expect, it } from 'vitest';
import { editedAgo } from './edited-time';

describe('last edited', () => {
  const now = Date.UTC(2025, 5, 10, 12, 0, 0);
  it.each([
    [now - 5_000, 'just now'],
    [now + 5_000, 'just now'],
    [now - 3 * 60_000, '3 min ago'],
    [now - 59 * 60_000, '59 min ago'],
    [now - 5 * 3_600_000, '5 h ago'],
  ])('%s -> %s', (time, text) => expect(editedAgo(time, now)).toBe(text));

  it('shows the date after a day', () => {
    const text = editedAgo(now - 3 * 86_400_000, now);
    expect(text).toMatch(/2025/);
    expect(text).not.toMatch(/ago/);
  });
});

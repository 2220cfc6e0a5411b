import { describe, expect, it } from 'vitest';
import { newUuid } from './new-uuid';

describe('newUuid', () => {
  it('sets the version and variant bits of the random bytes', () => {
    expect(newUuid((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('gives distinct well-formed ids from the real generator', () => {
    const a = newUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newUuid()).not.toBe(a);
  });
});

import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { perData } from './per-data';

describe('perData', () => {
  it('computes once per data object and again for an edited (new) object', () => {
    let calls = 0;
    const titleLength = perData((d) => (calls++, String(d.title).length));
    const data = { type: 'code', title: 'abc' } as DslNodeData;
    expect(titleLength(data)).toBe(3);
    expect(titleLength(data)).toBe(3);
    expect(calls).toBe(1);
    expect(titleLength({ ...data, title: 'abcdef' })).toBe(6);
    expect(calls).toBe(2);
  });

  it('caches undefined results too', () => {
    let calls = 0;
    const nothing = perData(() => (calls++, undefined));
    const data = { type: 'x', title: '' } as DslNodeData;
    nothing(data);
    nothing(data);
    expect(calls).toBe(1);
  });
});

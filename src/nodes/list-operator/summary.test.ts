import { describe, expect, it } from 'vitest';
import { listOperatorSummary } from './summary';

describe('listOperatorSummary', () => {
  it('gives the input and the enabled steps in their run order', () => {
    expect(listOperatorSummary({ type: 'list-operator', variable: ['s', 'files'], limit: { enabled: true }, filter_by: { enabled: true }, order_by: { enabled: false } })).toEqual({ input: ['s', 'files'], steps: ['filter', 'limit'] });
  });
});

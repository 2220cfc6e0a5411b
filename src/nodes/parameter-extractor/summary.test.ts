import { describe, expect, it } from 'vitest';
import { extractorSummary } from './summary';

describe('extractorSummary', () => {
  it('gives the query and named parameters', () => {
    expect(extractorSummary({ type: 'parameter-extractor', query: ['sys', 'query'], parameters: [{ name: 'city' }, { name: '' }, { name: 'date' }] })).toEqual({ query: ['sys', 'query'], parameters: ['city', 'date'] });
  });
});

import { describe, expect, it } from 'vitest';
import { retrievalSummary } from './summary';

describe('retrievalSummary', () => {
  it('counts datasets and reads the query selector', () => {
    expect(retrievalSummary({ type: 'knowledge-retrieval', query_variable_selector: ['sys', 'query'], dataset_ids: ['a', 'b'] })).toEqual({ query: ['sys', 'query'], datasets: 2 });
    expect(retrievalSummary({ type: 'knowledge-retrieval' })).toEqual({ query: [], datasets: 0 });
  });
});

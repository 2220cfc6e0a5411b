import { describe, expect, it } from 'vitest';
import { aggregatedGroups } from './summary';

describe('aggregatedGroups', () => {
  it('is one unnamed group without group mode, dropping empty selectors', () => {
    expect(aggregatedGroups({ type: 'variable-aggregator', output_type: 'string', variables: [['a', 'x'], [], ['b', 'y']] })).toEqual([{ outputType: 'string', selectors: [['a', 'x'], ['b', 'y']] }]);
  });
  it('lists named groups when grouping is on', () => {
    const data = { type: 'variable-aggregator', variables: [], advanced_settings: { group_enabled: true, groups: [{ group_name: 'Group1', output_type: 'number', variables: [['a', 'n']] }] } };
    expect(aggregatedGroups(data)).toEqual([{ name: 'Group1', outputType: 'number', selectors: [['a', 'n']] }]);
  });
});

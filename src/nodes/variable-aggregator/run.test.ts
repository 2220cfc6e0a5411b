import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { variableAggregatorRun } from './run';

function run(data: DslNodeData, pool: VariablePool) {
  return variableAggregatorRun(data, makeRunContext({ data, pool }).ctx);
}

describe('variableAggregatorRun', () => {
  const pool = new VariablePool();
  pool.setAll('b', { text: 'from b', nothing: null });
  pool.setAll('c', { text: 'from c' });

  it('returns the first selector whose value exists', async () => {
    const r = await run({ type: 'variable-aggregator', variables: [['a', 'text'], ['b', 'text'], ['c', 'text']] }, pool);
    expect(r.outputs).toEqual({ output: 'from b' });
    expect(r.inputs).toEqual({ text: 'from b' });
  });

  it('a null value exists', async () => {
    const r = await run({ type: 'variable-aggregator', variables: [['b', 'nothing'], ['c', 'text']] }, pool);
    expect(r.outputs).toEqual({ output: null });
  });

  it('outputs nothing when no selector exists', async () => {
    const r = await run({ type: 'variable-assigner', variables: [['a', 'text']] }, pool);
    expect(r.outputs).toEqual({});
  });

  it('groups: one {output} per group that found something', async () => {
    const data: DslNodeData = {
      type: 'variable-aggregator',
      variables: [['c', 'text']],
      advanced_settings: {
        group_enabled: true,
        groups: [
          { group_name: 'Group1', variables: [['a', 'text'], ['c', 'text']] },
          { group_name: 'Group2', variables: [['b', 'text']] },
          { group_name: 'Group3', variables: [['a', 'x']] },
        ],
      },
    };
    const r = await run(data, pool);
    expect(r.outputs).toEqual({ Group1: { output: 'from c' }, Group2: { output: 'from b' } });
  });
});

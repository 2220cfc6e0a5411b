import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { endRun } from './run';

describe('endRun', () => {
  it('resolves every output at its selector, null when missing', async () => {
    const pool = new VariablePool();
    pool.setAll('llm', { text: 'hi', usage: { total: 3 } });
    const data: DslNodeData = {
      type: 'end',
      outputs: [
        { variable: 'answer', value_selector: ['llm', 'text'] },
        { variable: 'tokens', value_selector: ['llm', 'usage', 'total'] },
        { variable: 'gone', value_selector: ['skipped', 'text'] },
        { variable: 'empty', value_selector: [] },
      ],
    };
    const r = await endRun(data, makeRunContext({ data, pool }).ctx);
    expect(r.outputs).toEqual({ answer: 'hi', tokens: 3, gone: null, empty: null });
    expect(r.inputs).toEqual(r.outputs);
  });

  it('outputs nothing without outputs', async () => {
    const data: DslNodeData = { type: 'end' };
    expect((await endRun(data, makeRunContext({ data }).ctx)).outputs).toEqual({});
  });
});

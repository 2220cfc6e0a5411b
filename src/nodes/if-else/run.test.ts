import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { ifElseRun } from './run';

function run(data: Omit<DslNodeData, 'type'>, values: Record<string, unknown>) {
  const pool = new VariablePool();
  pool.setAll('start', values);
  const full = { type: 'if-else', ...data };
  return ifElseRun(full, makeRunContext({ data: full, pool }).ctx);
}

const when = (name: string, comparison_operator: string, value?: unknown) => ({
  variable_selector: ['start', name], comparison_operator, value,
});

const cases = [
  { case_id: 'true', logical_operator: 'and', conditions: [when('n', '>', '10'), when('s', 'contains', 'a')] },
  { case_id: 'elif-uuid', logical_operator: 'or', conditions: [when('n', '=', '5'), when('s', 'is', 'x')] },
];

describe('ifElseRun', () => {
  it('selects the first case that holds', async () => {
    const r = await run({ cases }, { n: 11, s: 'abc' });
    expect(r.selectedHandle).toBe('true');
    expect(r.outputs).toEqual({ result: true, selected_case_id: 'true' });
  });

  it('falls through to a later case', async () => {
    const r = await run({ cases }, { n: 5, s: 'zzz' });
    expect(r.selectedHandle).toBe('elif-uuid');
    expect(r.outputs).toEqual({ result: true, selected_case_id: 'elif-uuid' });
    expect(r.processData?.condition_results).toHaveLength(2);
  });

  it('takes the false handle when no case holds', async () => {
    const r = await run({ cases }, { n: 1, s: 'zzz' });
    expect(r.selectedHandle).toBe('false');
    expect(r.outputs).toEqual({ result: false, selected_case_id: 'false' });
  });

  it('runs legacy top-level conditions as case "true"', async () => {
    const legacy = { logical_operator: 'or', conditions: [when('s', 'start with', 'ab'), when('n', '<', '0')] };
    expect((await run(legacy, { n: 1, s: 'abc' })).selectedHandle).toBe('true');
    expect((await run(legacy, { n: 1, s: 'xbc' })).selectedHandle).toBe('false');
  });

  it('fails, naming the variable, when a condition reads a variable that does not exist', async () => {
    const error = await run({ cases }, { s: 'abc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeRunError);
    expect((error as NodeRunError).message).toBe("Variable ['start', 'n'] not found");
  });

  it('does not read a later case once an earlier one holds', async () => {
    const r = await run({ cases: [{ case_id: 'a', conditions: [when('s', 'not empty')] }, { case_id: 'b', conditions: [when('missing', 'empty')] }] }, { s: 'x' });
    expect(r.selectedHandle).toBe('a');
  });

  it('reports a type error as a node failure', async () => {
    const error = await run({ cases: [{ case_id: 'true', conditions: [when('s', '>', '3')] }] }, { s: 'abc' }).catch((e: unknown) => e);
    expect((error as NodeRunError).message).toBe('Invalid actual value type: number');
    expect((error as NodeRunError).errorType).toBe('ConditionError');
  });
});

import { describe, expect, it } from 'vitest';
import { addCase, addCondition, editableCases, removeCase, removeCondition, setCaseOperator, updateCondition } from './case-edits';

const data = { type: 'if-else', cases: [{ case_id: 'true', logical_operator: 'and', conditions: [{ id: 'c1', comparison_operator: 'is', value: 'x', variable_selector: ['s', 'q'] }] }] };

describe('if-else case edits', () => {
  it('adds an ELIF case in Dify shape after the others, leaving the input untouched', () => {
    const before = JSON.stringify(data);
    const cases = addCase(data, 'new-id');
    expect(cases.map((c) => c.case_id)).toEqual(['true', 'new-id']);
    expect(cases[1]).toEqual({ case_id: 'new-id', logical_operator: 'and', conditions: [] });
    expect(cases[0]).toBe(data.cases[0]);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('removes a case by id, matching the legacy `id` key too', () => {
    expect(removeCase(data, 'true')).toEqual([]);
    expect(removeCase({ type: 'if-else', cases: [{ id: 'a' }, { id: 'b' }] }, 'a')).toEqual([{ id: 'b' }]);
  });

  it('turns legacy top-level conditions into case true when cases are edited', () => {
    const legacy = { type: 'if-else', logical_operator: 'or', conditions: [{ id: 'x' }] };
    expect(editableCases(legacy)).toEqual([{ case_id: 'true', logical_operator: 'or', conditions: [{ id: 'x' }] }]);
    expect(addCase(legacy, 'n').map((c) => c.case_id)).toEqual(['true', 'n']);
  });

  it('adds, updates and removes conditions of one case only', () => {
    const two = { type: 'if-else', cases: [...data.cases, { case_id: 'b', logical_operator: 'and', conditions: [] }] };
    const added = addCondition(two, 'b', { id: 'n1', variableSelector: ['s', 'age'], varType: 'number', operator: '>', value: '3' });
    expect(added[1]?.conditions).toEqual([{ id: 'n1', varType: 'number', variable_selector: ['s', 'age'], comparison_operator: '>', value: '3', numberVarType: 'constant' }]);
    expect(added[0]).toBe(two.cases[0]);
    const updated = updateCondition({ type: 'if-else', cases: added }, 'b', 0, { value: '4' });
    expect((updated[1]?.conditions as { value: string }[])[0]?.value).toBe('4');
    expect(removeCondition({ type: 'if-else', cases: updated }, 'b', 0)[1]?.conditions).toEqual([]);
  });

  it('sets a case logical operator', () => {
    expect(setCaseOperator(data, 'true', 'or')[0]?.logical_operator).toBe('or');
  });
});

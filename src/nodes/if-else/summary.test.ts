import { describe, expect, it } from 'vitest';
import { caseRows, conditionSummary, valueText } from './summary';

describe('caseRows', () => {
  it('gives IF then ELIF rows with case labels when there are several', () => {
    const rows = caseRows({ type: 'if-else', cases: [
      { case_id: 'true', logical_operator: 'and', conditions: [{ variable_selector: ['s', 'q'], comparison_operator: 'contains', value: 'hi' }] },
      { case_id: 'b7', logical_operator: 'or', conditions: [] },
    ] });
    expect(rows.map((r) => [r.caseId, r.keyword, r.caseLabel, r.logical])).toEqual([['true', 'IF', 'CASE 1', 'and'], ['b7', 'ELIF', 'CASE 2', 'or']]);
    expect(rows[0]?.conditions).toEqual([{ selector: ['s', 'q'], operator: 'contains', value: 'hi', complete: true }]);
  });

  it('has no case label for a single case and reads legacy top-level conditions', () => {
    const rows = caseRows({ type: 'if-else', logical_operator: 'or', conditions: [{ variable_selector: ['s', 'n'], comparison_operator: 'empty' }] });
    expect(rows).toEqual([{ caseId: 'true', keyword: 'IF', logical: 'or', conditions: [{ selector: ['s', 'n'], operator: 'empty', complete: true }] }]);
  });
});

describe('conditionSummary', () => {
  it('marks a condition without variable or operator as incomplete', () => {
    expect(conditionSummary({ variable_selector: [], comparison_operator: 'is', value: 'x' }).complete).toBe(false);
    expect(conditionSummary({ variable_selector: ['a', 'b'] }).complete).toBe(false);
  });
  it('counts file sub-conditions instead of a value', () => {
    expect(conditionSummary({ variable_selector: ['a', 'f'], comparison_operator: 'contains', sub_variable_condition: { conditions: [{}, {}] } }).value).toBe('2 sub-conditions');
  });
  it('writes values as text', () => {
    expect(valueText(['a', 'b'])).toBe('a, b');
    expect(valueText(false)).toBe('false');
    expect(valueText(3)).toBe('3');
    expect(valueText({ x: 1 })).toBe('');
  });
});

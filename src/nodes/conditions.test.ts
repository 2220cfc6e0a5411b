import { describe, expect, it } from 'vitest';
import {
  COMPARISON_OPERATORS, conditionProblem, firstConditionProblem, hasConditionValue, isKnownOperator, operatorsFor,
  operatorsForFileKey, operatorTakesValue,
} from './conditions';

const complete = { variable_selector: ['1', 'q'], comparison_operator: 'contains', value: 'hi', varType: 'string' };

describe('operator facts', () => {
  it('uses the engine literals, Unicode comparisons and null/not null', () => {
    for (const op of ['≠', '≥', '≤', 'null', 'not null', 'start with', 'end with']) expect(isKnownOperator(op)).toBe(true);
    for (const op of ['!=', '>=', 'is null', 'starts with', 'is empty']) expect(isKnownOperator(op)).toBe(false);
    expect(COMPARISON_OPERATORS).toHaveLength(21);
  });

  it('knows which operators take no value', () => {
    for (const op of ['empty', 'not empty', 'exists', 'not exists', 'null', 'not null']) expect(operatorTakesValue(op)).toBe(false);
    for (const op of ['contains', '=', 'in', 'all of', 'is']) expect(operatorTakesValue(op)).toBe(true);
  });

  it('offers operators by variable type and file attribute', () => {
    expect(operatorsFor('number')).toContain('≥');
    expect(operatorsFor('boolean')).toEqual(['is', 'is not']);
    expect(operatorsFor('file')).toEqual(['exists', 'not exists']);
    expect(operatorsFor('array[file]')).toContain('all of');
    expect(operatorsFor('array[object]')).toEqual(['empty', 'not empty']);
    expect(operatorsForFileKey('type')).toEqual(['in', 'not in']);
    expect(operatorsForFileKey('size')).not.toContain('contains');
  });

  it('counts false as a boolean value but not as text', () => {
    expect(hasConditionValue(false, 'boolean')).toBe(true);
    expect(hasConditionValue(undefined, 'boolean')).toBe(false);
    expect(hasConditionValue('  ', 'string')).toBe(false);
    expect(hasConditionValue([], 'array[string]')).toBe(false);
    expect(hasConditionValue(['image'])).toBe(true);
    expect(hasConditionValue('0', 'number')).toBe(true);
  });
});

describe('conditionProblem', () => {
  it('accepts a complete condition and valueless operators without a value', () => {
    expect(conditionProblem(complete)).toBeUndefined();
    expect(conditionProblem({ ...complete, comparison_operator: 'not empty', value: '' })).toBeUndefined();
    expect(conditionProblem({ ...complete, varType: 'boolean', comparison_operator: 'is', value: false })).toBeUndefined();
  });

  it('names the first missing part', () => {
    expect(conditionProblem({ ...complete, variable_selector: [] })).toBe('The variable is not set');
    expect(conditionProblem({ ...complete, comparison_operator: '' })).toBe('The comparison operator is not set');
    expect(conditionProblem({ ...complete, comparison_operator: 'is empty' })).toMatch(/'is empty' is not one Dify knows/);
    expect(conditionProblem({ ...complete, value: '' })).toBe("A value is required for 'contains'");
    expect(conditionProblem(null)).toBe('The variable is not set');
  });

  it('checks file sub-conditions instead of the value', () => {
    const files = { variable_selector: ['1', 'files'], varType: 'array[file]', comparison_operator: 'contains', value: '',
      sub_variable_condition: { logical_operator: 'and', conditions: [{ key: 'type', comparison_operator: 'in', value: ['image'] }] } };
    expect(conditionProblem(files)).toBeUndefined();
    const broken = { ...files, sub_variable_condition: { conditions: [{ key: 'name', comparison_operator: 'contains', value: '' }] } };
    expect(conditionProblem(broken)).toBe('File condition 1: a value is required');
  });

  it('checks list filters by item, with a file key when required', () => {
    const filter = { key: '', comparison_operator: 'in', value: ['image'] };
    expect(conditionProblem(filter, { itemFilter: { keyRequired: false } })).toBeUndefined();
    expect(conditionProblem(filter, { itemFilter: { keyRequired: true } })).toBe('The file attribute to filter by is not set');
  });

  it('prefixes the place of the first broken condition', () => {
    expect(firstConditionProblem([complete, { ...complete, comparison_operator: undefined }], 'CASE 2'))
      .toBe('CASE 2, condition 2: the comparison operator is not set');
    expect(firstConditionProblem('not a list', 'IF')).toBeUndefined();
  });
});

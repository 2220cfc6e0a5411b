import { describe, expect, it } from 'vitest';
import { assignedVariables } from './summary';

describe('assignedVariables', () => {
  it('reads v2 items', () => {
    expect(assignedVariables({ type: 'assigner', version: '2', items: [{ variable_selector: ['conversation', 'n'], operation: '+=' }] })).toEqual([{ selector: ['conversation', 'n'], operation: '+=' }]);
  });
  it('reads the v1 shape', () => {
    expect(assignedVariables({ type: 'assigner', assigned_variable_selector: ['conversation', 'x'], write_mode: 'append' })).toEqual([{ selector: ['conversation', 'x'], operation: 'append' }]);
    expect(assignedVariables({ type: 'assigner' })).toEqual([]);
  });
});

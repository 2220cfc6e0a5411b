import { describe, expect, it } from 'vitest';
import { classRows } from './summary';

describe('classRows', () => {
  it('numbers the classes and keeps their ids as handle ids', () => {
    expect(classRows({ type: 'question-classifier', classes: [{ id: '1', name: 'Billing' }, { id: 'u-2', name: '' }] })).toEqual([
      { id: '1', label: 'CLASS 1', name: 'Billing' }, { id: 'u-2', label: 'CLASS 2', name: '' },
    ]);
    expect(classRows({ type: 'question-classifier' })).toEqual([]);
  });
});

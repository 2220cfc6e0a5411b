import { describe, expect, it } from 'vitest';
import { startInputs } from './summary';

describe('startInputs', () => {
  it('lists variables with readable types', () => {
    expect(startInputs({ type: 'start', variables: [{ variable: 'q', type: 'paragraph', required: true }, { variable: 'f', type: 'file-list' }, { variable: 'x', type: 'odd' }] })).toEqual([
      { name: 'q', type: 'Paragraph', required: true }, { name: 'f', type: 'File list', required: false }, { name: 'x', type: 'odd', required: false },
    ]);
  });
});

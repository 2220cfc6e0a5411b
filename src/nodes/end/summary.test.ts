import { describe, expect, it } from 'vitest';
import { endOutputs } from './summary';

describe('endOutputs', () => {
  it('gives each output name and selector', () => {
    expect(endOutputs({ type: 'end', outputs: [{ variable: 'out', value_selector: ['llm', 'text'] }, { variable: 'bad', value_selector: 'x' }] })).toEqual([
      { name: 'out', selector: ['llm', 'text'] }, { name: 'bad', selector: [] },
    ]);
  });
});

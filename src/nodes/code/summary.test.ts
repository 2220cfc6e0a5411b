import { describe, expect, it } from 'vitest';
import { languageLabel, outputNames } from './summary';

describe('code summary', () => {
  it('names the language', () => {
    expect(languageLabel({ type: 'code', code_language: 'python3' })).toBe('Python 3');
    expect(languageLabel({ type: 'code', code_language: 'javascript' })).toBe('JavaScript');
    expect(languageLabel({ type: 'code', code_language: 'ruby' })).toBe('ruby');
    expect(languageLabel({ type: 'code' })).toBe('No language');
  });
  it('lists output names in order', () => {
    expect(outputNames({ type: 'code', outputs: { result: { type: 'string' }, n: { type: 'number' } } })).toEqual(['result', 'n']);
  });
});

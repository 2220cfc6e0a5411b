import { describe, expect, it } from 'vitest';
import { extractedFile } from './summary';

describe('extractedFile', () => {
  it('reads the file selector', () => {
    expect(extractedFile({ type: 'document-extractor', variable_selector: ['s', 'doc'] })).toEqual(['s', 'doc']);
    expect(extractedFile({ type: 'document-extractor' })).toEqual([]);
  });
});

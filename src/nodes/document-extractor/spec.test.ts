import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { documentExtractorSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const workflow = { appMode: 'workflow' as const };

describe.skipIf(!hasCorpus)('document-extractor schema on the corpus', () => {
  it('accepts every real document-extractor node', () => {
    const nodes = corpusNodes('document-extractor');
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !documentExtractorSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('document-extractor in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports is_array_file of the wrong type with the full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'document-extractor', (d) => { d.is_array_file = 'sometimes'; });
    expect(errors.find((e) => e.path === `${prefix}.is_array_file`)?.message).toMatch(/expected true or false, got the text "sometimes"/);
  });

  it('reports a selector holding a number', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'document-extractor', (d) => { d.variable_selector = ['1', 2]; });
    expect(errors.map((e) => e.path)).toContain(`${prefix}.variable_selector[1]`);
  });
});

describe('document-extractor spec', () => {
  it('outputs text as a string, or a list of strings for a file list', () => {
    expect(documentExtractorSpec.outputs({ type: 'document-extractor' }, workflow)).toEqual([{ variable: 'text', type: 'string' }]);
    expect(documentExtractorSpec.outputs({ type: 'document-extractor', is_array_file: true }, workflow)).toEqual([{ variable: 'text', type: 'array[string]' }]);
  });

  it('needs an input variable and reads it', () => {
    const data = { type: 'document-extractor', title: 'Doc Extractor', ...documentExtractorSpec.defaults(workflow) };
    expect(documentExtractorSpec.schema.safeParse(data).success).toBe(true);
    expect(documentExtractorSpec.check(data, workflow)).toBe('Input variable is required');
    expect(documentExtractorSpec.check({ type: 'document-extractor', variable_selector: ['1', 'doc'] }, workflow)).toBeUndefined();
    expect(documentExtractorSpec.usedSelectors({ type: 'document-extractor', variable_selector: ['1', 'doc'] })).toEqual([['1', 'doc']]);
    expect(documentExtractorSpec.usedSelectors({ type: 'document-extractor', variable_selector: 'x' })).toEqual([]);
  });
});

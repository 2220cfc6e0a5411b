import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { parameterExtractorSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const workflow = { appMode: 'workflow' as const };

describe.skipIf(!hasCorpus)('parameter-extractor schema on the corpus', () => {
  it('accepts every real parameter-extractor node', () => {
    const nodes = corpusNodes('parameter-extractor');
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.filter((n) => !parameterExtractorSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('parameter-extractor in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports parameters that are not a list, with the full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'parameter-extractor', (d) => { d.parameters = { title: 'string' }; });
    expect(errors.find((e) => e.path === `${prefix}.parameters`)?.message).toMatch(/expected a list, got a mapping/);
  });

  it('reports a parameter flag of the wrong type', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'parameter-extractor', (d) => { recordOf(listOf(d.parameters)[1]).required = 'maybe'; });
    expect(errors.find((e) => e.path === `${prefix}.parameters[1].required`)?.message).toMatch(/expected true or false/);
  });
});

describe('parameter-extractor spec', () => {
  const pe = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'parameter-extractor', query: ['1', 'text'], model: { provider: 'p', name: 'm' },
    parameters: [{ name: 'city', type: 'string', description: 'The city' }], ...extra,
  });

  it('outputs each parameter, then __is_success, __reason and __usage', () => {
    const data = pe({ parameters: [{ name: 'city', type: 'select' }, { name: 'ok', type: 'bool' }, { name: 'n', type: 'array[number]' }, { type: 'string' }] });
    expect(parameterExtractorSpec.outputs(data, workflow).map((o) => `${o.variable}:${o.type}`)).toEqual([
      'city:string', 'ok:boolean', 'n:array[number]', '__is_success:number', '__reason:string', '__usage:object',
    ]);
  });

  it('checks input, model, parameters and each parameter in that order', () => {
    expect(parameterExtractorSpec.check(pe({ query: [] }), workflow)).toBe('Input variable is required');
    expect(parameterExtractorSpec.check(pe({ model: { provider: '' } }), workflow)).toBe('Model provider is required');
    expect(parameterExtractorSpec.check(pe({ parameters: [] }), workflow)).toBe('Add at least one parameter to extract');
    expect(parameterExtractorSpec.check(pe({ parameters: [{ type: 'string', description: 'x' }] }), workflow)).toBe('Parameter 1 has no name');
    expect(parameterExtractorSpec.check(pe({ parameters: [{ name: '__reason', type: 'string', description: 'x' }] }), workflow)).toBe('Parameter name __reason is reserved');
    expect(parameterExtractorSpec.check(pe({ parameters: [{ name: 'a', description: 'x' }] }), workflow)).toBe('Parameter a has no type');
    expect(parameterExtractorSpec.check(pe({ parameters: [{ name: 'a', type: 'number', description: '' }] }), workflow)).toBe('Parameter a has no description');
    expect(parameterExtractorSpec.check(pe({}), workflow)).toBeUndefined();
  });

  it('reads the query and the instruction references', () => {
    expect(parameterExtractorSpec.usedSelectors(pe({ instruction: 'Country: {{#2.country#}}' }))).toEqual([['1', 'text'], ['2', 'country']]);
    expect(parameterExtractorSpec.usedSelectors({ type: 'parameter-extractor', query: 'bad' })).toEqual([]);
  });

  it('gives a new node data the schema accepts', () => {
    expect(parameterExtractorSpec.schema.safeParse({ type: 'parameter-extractor', title: 'Parameter Extractor', ...parameterExtractorSpec.defaults(workflow) }).success).toBe(true);
  });
});

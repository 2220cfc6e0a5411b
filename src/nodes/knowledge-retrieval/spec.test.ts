import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { recordOf } from '../node-spec';
import { knowledgeRetrievalSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('knowledge-retrieval schema on the corpus', () => {
  it('accepts every real knowledge-retrieval node', () => {
    const nodes = corpusNodes('knowledge-retrieval');
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.filter((n) => !knowledgeRetrievalSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('knowledge-retrieval in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports dataset ids that are not a list, with the full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'knowledge-retrieval', (d) => { d.dataset_ids = 'abc'; });
    expect(errors.find((e) => e.path === `${prefix}.dataset_ids`)?.message).toMatch(/expected a list, got the text "abc"/);
  });

  it('reports a top_k that is not a number', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'knowledge-retrieval', (d) => { recordOf(d.multiple_retrieval_config).top_k = 'four'; });
    expect(errors.map((e) => e.path)).toContain(`${prefix}.multiple_retrieval_config.top_k`);
  });
});

describe('knowledge-retrieval spec', () => {
  const kr = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'knowledge-retrieval', query_variable_selector: ['sys', 'query'], dataset_ids: ['d1'], retrieval_mode: 'multiple', ...extra,
  });

  it('checks query, datasets, the single-mode model and the rerank model', () => {
    expect(knowledgeRetrievalSpec.check(kr({ query_variable_selector: [] }), chat)).toBe('Query variable is required');
    expect(knowledgeRetrievalSpec.check(kr({ query_variable_selector: [], query_attachment_selector: ['1', 'img'] }), chat)).toBeUndefined();
    expect(knowledgeRetrievalSpec.check(kr({ dataset_ids: [] }), chat)).toBe('Add at least one knowledge base');
    expect(knowledgeRetrievalSpec.check(kr({ retrieval_mode: 'single', single_retrieval_config: { model: { provider: '' } } }), chat))
      .toBe('Model is required in single retrieval mode');
    expect(knowledgeRetrievalSpec.check(kr({ multiple_retrieval_config: { reranking_enable: true, reranking_model: { provider: 'p', model: '' } } }), chat))
      .toBe('Rerank model is required when reranking is enabled');
    expect(knowledgeRetrievalSpec.check(kr({ multiple_retrieval_config: { reranking_enable: true, reranking_mode: 'weighted_score' } }), chat)).toBeUndefined();
  });

  it('flags a new node and outputs result as array[object]', () => {
    const data = { type: 'knowledge-retrieval', title: 'Knowledge Retrieval', ...knowledgeRetrievalSpec.defaults(chat) };
    expect(knowledgeRetrievalSpec.schema.safeParse(data).success).toBe(true);
    expect(knowledgeRetrievalSpec.check(data, chat)).toBe('Query variable is required');
    expect(knowledgeRetrievalSpec.outputs(data, chat)).toEqual([{ variable: 'result', type: 'array[object]' }]);
  });

  it('reads the query and attachment selectors and needs a server', () => {
    expect(knowledgeRetrievalSpec.usedSelectors(kr({ query_attachment_selector: ['1', 'files'] }))).toEqual([['sys', 'query'], ['1', 'files']]);
    expect(knowledgeRetrievalSpec.runsLocally).toBe(false);
    expect(knowledgeRetrievalSpec.sourceHandles(kr({}))).toEqual([{ id: 'source' }]);
  });
});

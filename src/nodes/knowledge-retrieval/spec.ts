import { knowledgeRetrievalData } from '../../dsl/node-data/knowledge-retrieval';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec } from '../node-spec';

/** knowledge-retrieval: needs Dify's datasets, so it cannot run in the browser (pin its output). */
export const knowledgeRetrievalSpec: NodeSpec = {
  type: 'knowledge-retrieval',
  title: 'Knowledge Retrieval',
  classification: 'default',
  sort: 2,
  flowType: 'custom',
  schema: knowledgeRetrievalData,
  defaults: () => ({
    query_variable_selector: [],
    query_attachment_selector: [],
    dataset_ids: [],
    retrieval_mode: 'multiple',
    multiple_retrieval_config: { top_k: 4, score_threshold: null, reranking_enable: false },
  }),
  outputs: () => [{ variable: 'result', type: 'array[object]' }],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (selectorOf(data.query_variable_selector).length === 0 && selectorOf(data.query_attachment_selector).length === 0) {
      return 'Query variable is required';
    }
    if (listOf(data.dataset_ids).length === 0) return 'Add at least one knowledge base';
    if (data.retrieval_mode === 'single') {
      if (!textOf(recordOf(recordOf(data.single_retrieval_config).model).provider)) return 'Model is required in single retrieval mode';
      return undefined;
    }
    const config = recordOf(data.multiple_retrieval_config);
    const usesRerankModel = config.reranking_enable === true && (config.reranking_mode ?? 'reranking_model') === 'reranking_model';
    const rerank = recordOf(config.reranking_model);
    if (usesRerankModel && (!textOf(rerank.provider) || !textOf(rerank.model))) return 'Rerank model is required when reranking is enabled';
    return undefined;
  },
  usedSelectors: (data) => [selectorOf(data.query_variable_selector), selectorOf(data.query_attachment_selector)].filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  runsLocally: false,
};

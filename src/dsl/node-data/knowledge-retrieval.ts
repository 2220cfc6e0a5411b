import { z } from 'zod';
import { baseNodeDataShape, bool, loose, modelConfig, num, optionalSelector, str, visionConfig } from '../schema/common';

const rerankingModel = loose({ provider: str.nullish(), model: str.nullish() });

const weights = loose({
  weight_type: str.nullish(),
  vector_setting: loose({
    vector_weight: num.nullish(),
    embedding_provider_name: str.nullish(),
    embedding_model_name: str.nullish(),
  }).nullish(),
  keyword_setting: loose({ keyword_weight: num.nullish() }).nullish(),
});

export const multipleRetrievalConfig = loose({
  top_k: num.nullish(),
  score_threshold: num.nullish(),
  reranking_enable: bool.nullish(),
  reranking_mode: str.nullish(),
  reranking_model: rerankingModel.nullish(),
  weights: weights.nullish(),
});

export const metadataCondition = loose({
  id: str.nullish(),
  name: str.nullish(),
  metadata_id: str.nullish(),
  comparison_operator: str.nullish(),
  value: z.unknown().optional(),
});

/** knowledge-retrieval: `dataset_ids` are opaque (encrypted per tenant on export), never cleaned. */
export const knowledgeRetrievalData = loose({
  ...baseNodeDataShape,
  query_variable_selector: optionalSelector,
  query_attachment_selector: optionalSelector,
  dataset_ids: z.array(str).nullish(),
  retrieval_mode: str.nullish(),
  multiple_retrieval_config: multipleRetrievalConfig.nullish(),
  single_retrieval_config: loose({ model: modelConfig.nullish() }).nullish(),
  metadata_filtering_mode: str.nullish(),
  metadata_filtering_conditions: loose({
    logical_operator: str.nullish(),
    conditions: z.array(metadataCondition).nullish(),
  }).nullish(),
  metadata_model_config: modelConfig.nullish(),
  vision: visionConfig.nullish(),
});

/** What a knowledge-retrieval card shows (2.5): the query variable and how many datasets it searches. */
import type { DslNodeData } from '../../dsl';
import { listOf, selectorOf } from '../node-spec';

export function retrievalSummary(data: DslNodeData): { query: string[]; datasets: number } {
  return { query: selectorOf(data.query_variable_selector), datasets: listOf(data.dataset_ids).length };
}

/** What a parameter extractor card shows (2.15): the query variable and the parameter names. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

export function extractorSummary(data: DslNodeData): { query: string[]; parameters: string[] } {
  return { query: selectorOf(data.query), parameters: listOf(data.parameters).map(recordOf).map((p) => textOf(p.name)).filter(Boolean) };
}

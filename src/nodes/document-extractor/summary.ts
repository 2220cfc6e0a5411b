/** What a doc extractor card shows (2.17): the file variable it reads. */
import type { DslNodeData } from '../../dsl';
import { selectorOf } from '../node-spec';

export function extractedFile(data: DslNodeData): string[] {
  return selectorOf(data.variable_selector);
}

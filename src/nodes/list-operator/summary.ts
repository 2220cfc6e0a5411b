/** What a list operator card shows (2.16): the list it reads and the steps that are on. */
import type { DslNodeData } from '../../dsl';
import { recordOf, selectorOf } from '../node-spec';

const STEPS = [['filter_by', 'filter'], ['extract_by', 'extract'], ['order_by', 'order'], ['limit', 'limit']] as const;

export function listOperatorSummary(data: DslNodeData): { input: string[]; steps: string[] } {
  return { input: selectorOf(data.variable), steps: STEPS.filter(([key]) => recordOf(data[key]).enabled === true).map(([, name]) => name) };
}

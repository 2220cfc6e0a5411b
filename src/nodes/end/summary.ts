/** What an end (Output) card shows (2.2): each output's name and the variable it takes. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

export function endOutputs(data: DslNodeData): { name: string; selector: string[] }[] {
  return listOf(data.outputs).map(recordOf).map((o) => ({ name: textOf(o.variable), selector: selectorOf(o.value_selector) }));
}

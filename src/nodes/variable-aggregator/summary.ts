/** What a variable aggregator card shows (2.11): the variables it reads, per group when grouped. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

export interface AggregatedGroup {
  /** Absent without groups. */
  name?: string;
  outputType: string;
  selectors: string[][];
}

const selectorsOf = (value: unknown) => listOf<unknown>(value).map(selectorOf).filter((s) => s.length > 0);

export function aggregatedGroups(data: DslNodeData): AggregatedGroup[] {
  const advanced = recordOf(data.advanced_settings);
  if (advanced.group_enabled === true) {
    return listOf(advanced.groups).map(recordOf).map((g) => ({ name: textOf(g.group_name), outputType: textOf(g.output_type), selectors: selectorsOf(g.variables) }));
  }
  return [{ outputType: textOf(data.output_type), selectors: selectorsOf(data.variables) }];
}

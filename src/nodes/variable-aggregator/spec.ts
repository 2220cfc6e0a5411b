/**
 * Variable Aggregator (dify-dsl.md 2.11): outputs the first of its variables that has a value,
 * or one `{output}` object per group. The legacy type `variable-assigner` is the same block.
 */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { variableAggregatorData } from '../../dsl/node-data/variable-aggregator';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar, type SpecContext } from '../node-spec';

interface GroupView {
  name: string;
  outputType: string;
  variables: unknown[];
}

/** Groups when group mode is on, else undefined. */
export function aggregatorGroups(data: DslNodeData): GroupView[] | undefined {
  const settings = recordOf(data.advanced_settings);
  if (settings.group_enabled !== true) return undefined;
  return listOf(settings.groups).map((g) => {
    const group = recordOf(g);
    return { name: textOf(group.group_name), outputType: textOf(group.output_type) || 'any', variables: listOf(group.variables) };
  });
}

function outputType(declared: string, variables: unknown[], ctx: SpecContext): string {
  if (declared) return declared;
  const first = variables.map(selectorOf).find((s) => s.length > 0);
  return (first && ctx.typeOf?.(first)) || 'any';
}

function selectorsProblem(variables: unknown[], where: string): string | undefined {
  if (variables.length === 0) return `${where} has no variables`;
  const empty = variables.findIndex((v) => selectorOf(v).length === 0);
  return empty >= 0 ? `${where}: variable ${empty + 1} is not set` : undefined;
}

function makeAggregatorSpec(type: string, classification: NodeSpec['classification']): NodeSpec {
  return {
    type,
    title: 'Variable Aggregator',
    classification,
    sort: 3,
    flowType: 'custom',
    schema: variableAggregatorData,
    defaults: () => ({ output_type: 'any', variables: [] }),
    outputs(data, ctx): OutputVar[] {
      const groups = aggregatorGroups(data);
      if (!groups) return [{ variable: 'output', type: outputType(textOf(data.output_type), listOf(data.variables), ctx) }];
      return groups.map((g) => ({
        variable: g.name,
        type: 'object',
        children: [{ variable: 'output', type: outputType(g.outputType, g.variables, ctx) }],
      }));
    },
    sourceHandles: () => SOURCE,
    hasTargetHandle: true,
    check(data) {
      const groups = aggregatorGroups(data);
      if (!groups) return selectorsProblem(listOf(data.variables), 'The aggregator');
      if (groups.length === 0) return 'Group mode needs at least one group';
      const seen = new Set<string>();
      for (const [i, g] of groups.entries()) {
        if (!g.name) return `Group ${i + 1} has no name`;
        if (seen.has(g.name)) return `Group name '${g.name}' is used twice`;
        seen.add(g.name);
        const problem = selectorsProblem(g.variables, `Group '${g.name}'`);
        if (problem) return problem;
      }
      return undefined;
    },
    usedSelectors(data): ValueSelector[] {
      const groups = aggregatorGroups(data);
      const all = groups ? groups.flatMap((g) => g.variables) : listOf(data.variables);
      return all.map(selectorOf).filter((s) => s.length > 0);
    },
    errorStrategy: false,
    retry: false,
    runsLocally: true,
  };
}

export const variableAggregatorSpec = makeAggregatorSpec('variable-aggregator', 'transform');
/** The aggregator's pre-1.0 type name: imported and run as is, never offered for new nodes. */
export const variableAssignerLegacySpec = makeAggregatorSpec('variable-assigner', 'hidden');

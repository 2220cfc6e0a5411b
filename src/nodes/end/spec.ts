import { endData } from '../../dsl/node-data/end';
import { listOf, NO_HANDLES, recordOf, selectorOf, textOf, type NodeSpec } from '../node-spec';

export const endSpec: NodeSpec = {
  type: 'end',
  title: 'Output',
  classification: 'default',
  sort: 2.1,
  flowType: 'custom',
  schema: endData,
  defaults: () => ({ outputs: [] }),
  outputs: () => [],
  sourceHandles: () => NO_HANDLES,
  hasTargetHandle: true,
  check(data) {
    const outputs = listOf(data.outputs).map(recordOf);
    if (outputs.length === 0) return 'Add at least one output variable';
    for (const [i, output] of outputs.entries()) {
      if (!textOf(output.variable)) return `Output variable ${i + 1} has no name`;
      if (selectorOf(output.value_selector).length === 0) return `Output variable ${textOf(output.variable)} has no value selected`;
    }
    return undefined;
  },
  usedSelectors: (data) => listOf(data.outputs).map((o) => selectorOf(recordOf(o).value_selector)).filter((s) => s.length > 0),
  errorStrategy: false,
  retry: false,
  appModes: ['workflow'],
  runsLocally: true,
};

/** Exit Loop (dify-dsl.md 2.14): a break inside a loop; target handle only, nothing after it. */
import { structuralData } from '../../dsl/node-data/structural';
import { NO_HANDLES, type NodeSpec } from '../node-spec';

export const loopEndSpec: NodeSpec = {
  type: 'loop-end',
  title: 'Exit Loop',
  classification: 'logic',
  sort: 2,
  flowType: 'custom-simple',
  schema: structuralData,
  defaults: () => ({}),
  outputs: () => [],
  sourceHandles: () => NO_HANDLES,
  hasTargetHandle: true,
  check: () => undefined,
  usedSelectors: () => [],
  errorStrategy: false,
  retry: false,
  singleton: true,
  runsLocally: true,
};

/** The start child of a loop (dify-dsl.md 2.14): id `<loopId>start`, one source handle. */
import { structuralData } from '../../dsl/node-data/structural';
import { SOURCE, type NodeSpec } from '../node-spec';

export const loopStartSpec: NodeSpec = {
  type: 'loop-start',
  // Dify writes the start child with an empty title; it is never shown or offered.
  title: '',
  classification: 'hidden',
  sort: -1,
  flowType: 'custom-loop-start',
  schema: structuralData,
  defaults: () => ({ isInLoop: true }),
  outputs: () => [],
  sourceHandles: () => SOURCE,
  hasTargetHandle: false,
  check: () => undefined,
  usedSelectors: () => [],
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

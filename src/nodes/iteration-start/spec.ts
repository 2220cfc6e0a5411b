/** The start child of an iteration (dify-dsl.md 2.13): id `<iterationId>start`, one source handle. */
import { structuralData } from '../../dsl/node-data/structural';
import { SOURCE, type NodeSpec } from '../node-spec';

export const iterationStartSpec: NodeSpec = {
  type: 'iteration-start',
  // Dify writes the start child with an empty title; it is never shown or offered.
  title: '',
  classification: 'hidden',
  sort: -1,
  flowType: 'custom-iteration-start',
  schema: structuralData,
  defaults: () => ({ isInIteration: true }),
  outputs: () => [],
  sourceHandles: () => SOURCE,
  hasTargetHandle: false,
  check: () => undefined,
  usedSelectors: () => [],
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

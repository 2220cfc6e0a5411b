/**
 * The start child of an iteration or loop (dify-dsl.md 2.13, 2.14): id `<containerId>start`,
 * one source handle, never shown in the block selector, never deleted or copied on its own.
 */
import { structuralData } from '../dsl/node-data/structural';
import { SOURCE, type NodeSpec } from './node-spec';

export function containerStartSpec(kind: 'iteration' | 'loop'): NodeSpec {
  return {
    type: `${kind}-start`,
    // Dify writes the start child with an empty title; it is never shown or offered.
    title: '',
    classification: 'hidden',
    sort: -1,
    flowType: `custom-${kind}-start`,
    schema: structuralData,
    defaults: () => (kind === 'iteration' ? { isInIteration: true } : { isInLoop: true }),
    outputs: () => [],
    sourceHandles: () => SOURCE,
    hasTargetHandle: false,
    check: () => undefined,
    usedSelectors: () => [],
    errorStrategy: false,
    retry: false,
    runsLocally: true,
  };
}

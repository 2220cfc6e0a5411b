/** A node's handles as the canvas and the checklist see them, from its block spec. */
import type { DslNode } from '../dsl';
import type { HandleSpec } from './node-spec';
import { specFor } from './specs';

/** Source handles, fail-branch included for nodes with error_strategy fail-branch. */
export function sourceHandlesOf(node: DslNode): HandleSpec[] {
  const spec = specFor(node.data.type);
  if (!spec) return node.type === 'custom-note' || node.data.type === '' ? [] : [{ id: 'source' }];
  const handles = spec.sourceHandles(node.data);
  if (node.data.error_strategy === 'fail-branch') return [...handles, { id: 'fail-branch', label: 'FAIL' }];
  return handles;
}

export function hasTargetHandle(node: DslNode): boolean {
  const spec = specFor(node.data.type);
  if (spec) return spec.hasTargetHandle;
  return !(node.type === 'custom-note' || node.data.type === '');
}

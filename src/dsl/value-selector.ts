/** Value selectors: `[nodeId, variable, ...path]` (dify-dsl.md 4.1). */
import type { ValueSelector } from './types';

/**
 * The canonical form of a selector. Older files read system variables through the start node
 * (`[startId, 'sys.query']`); Dify treats that as `[sys, query]`, and so do we.
 */
export function normalizeSelector(selector: ValueSelector): ValueSelector {
  const name = selector[1];
  if (selector.length >= 2 && typeof name === 'string' && name.startsWith('sys.')) {
    return ['sys', name.slice(4), ...selector.slice(2)];
  }
  return selector;
}

export function isSelectorSet(selector: unknown): selector is ValueSelector {
  return Array.isArray(selector) && selector.length >= 2 && selector.every((p) => typeof p === 'string' && p !== '');
}

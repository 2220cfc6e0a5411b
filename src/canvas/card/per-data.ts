/**
 * A card summary computed once per DSL `data` object. That object stays the same until its node
 * is edited, while cards re-render on selection and hover and re-mount when they scroll back
 * into view on a large graph; a WeakMap lets edited-away objects go.
 */
import type { DslNodeData } from '../../dsl';

export function perData<T>(summarize: (data: DslNodeData) => T): (data: DslNodeData) => T {
  const cache = new WeakMap<DslNodeData, T>();
  return (data) => {
    if (cache.has(data)) return cache.get(data)!;
    const value = summarize(data);
    cache.set(data, value);
    return value;
  };
}

/**
 * How a value selector reads on a card or in a panel: `node title / variable`, or `sys.query`,
 * `env.KEY`, `conversation.x` for the global scopes. Pure: titles come from a lookup.
 */
import { normalizeSelector, type DslNode } from '../../dsl';
import { SPECIAL_SELECTOR_HEADS } from '../../variables/system-variables';

export interface SelectorLabel {
  /** The node's title; absent for the global scopes. */
  node?: string;
  variable: string;
}

export function selectorLabel(raw: readonly string[], titleOf: (nodeId: string) => string | undefined): SelectorLabel | undefined {
  // Legacy `[startId, 'sys.query']` reads as `sys.query`, as the engine and the checklist read it.
  const selector = normalizeSelector([...raw]);
  if (selector.length < 2) return undefined;
  const [head, ...path] = selector as [string, ...string[]];
  if (SPECIAL_SELECTOR_HEADS.has(head)) return { variable: [head, ...path].join('.') };
  const title = titleOf(head);
  return { node: title !== undefined && title !== '' ? title : head, variable: path.join('.') };
}

export function selectorText(label: SelectorLabel): string {
  return label.node === undefined ? label.variable : `${label.node} / ${label.variable}`;
}

const indexes = new WeakMap<readonly DslNode[], ReadonlyMap<string, string>>();

/** Node titles by id, built once per nodes array (the document's nodes change identity on edit). */
export function titleIndex(nodes: readonly DslNode[]): ReadonlyMap<string, string> {
  let index = indexes.get(nodes);
  if (!index) {
    index = new Map(nodes.map((n) => [n.id, typeof n.data?.title === 'string' ? n.data.title : '']));
    indexes.set(nodes, index);
  }
  return index;
}

/**
 * What the block selector offers (dify-dsl.md 6.12, 2.25): the Start group where an entry node
 * may be added, then the Nodes groups by classification, each sorted by the spec's `sort`, only
 * types Dify allows in this spot (app mode, singletons, containers), filtered by title.
 */
import type { DslDocument, DslNode } from '../../dsl';
import type { BlockClassification } from '../../nodes/node-spec';
import { nodeSpecs } from '../../nodes/specs';
import { placementProblem } from '../../store/commands';

/**
 * A place a block may go: top level or inside a container; `connected` when an edge will lead
 * into it, `leadsOn` when an edge will leave it.
 */
export interface BlockSlot {
  parent?: DslNode;
  connected: boolean;
  leadsOn?: boolean;
}

export interface PaletteEntry {
  type: string;
  title: string;
}

export interface PaletteGroup {
  key: BlockClassification;
  /** The default group has no header, as in Dify. */
  label?: string;
  entries: PaletteEntry[];
}

const GROUPS: readonly { key: BlockClassification; label?: string }[] = [
  { key: 'start', label: 'Start' },
  { key: 'default' },
  { key: 'question-understand', label: 'Question Understand' },
  { key: 'logic', label: 'Logic' },
  { key: 'transform', label: 'Transform' },
  { key: 'utilities', label: 'Utilities' },
];

/** Dify offers tools in their own tab, by provider; a tool block without one does nothing. */
const NOT_IN_NODES_TAB = new Set(['tool']);

/** The slots of the docked palette: top level, and inside each iteration or loop of the document. */
export function canvasSlots(doc: DslDocument): BlockSlot[] {
  const containers = doc.workflow.graph.nodes.filter((n) => !n.parentId && nodeSpecs.get(n.data.type)?.container);
  return [{ connected: false }, ...containers.map((parent) => ({ parent, connected: false }))];
}

/** A type Dify would offer in at least one of the slots. */
export function allowedInSome(doc: DslDocument, type: string, slots: readonly BlockSlot[]): boolean {
  const spec = nodeSpecs.get(type);
  if (!spec) return false;
  const hasOutput = () => spec.sourceHandles({ type, title: '', desc: '', ...spec.defaults({ appMode: doc.app.mode }) }).length > 0;
  return slots.some((slot) => (!slot.connected || spec.hasTargetHandle) && (!slot.leadsOn || hasOutput()) && placementProblem(doc, type, slot.parent) === undefined);
}

export function paletteGroups(doc: DslDocument, slots: readonly BlockSlot[], query = ''): PaletteGroup[] {
  const needle = query.trim().toLowerCase();
  const specs = [...nodeSpecs.values()].filter((s) =>
    !NOT_IN_NODES_TAB.has(s.type)
    && (needle === '' || s.title.toLowerCase().includes(needle))
    && allowedInSome(doc, s.type, slots));
  return GROUPS.flatMap(({ key, label }) => {
    const entries = specs
      .filter((s) => s.classification === key)
      .sort((a, b) => a.sort - b.sort) // stable: equal sorts keep the registry's order
      .map((s) => ({ type: s.type, title: s.title }));
    return entries.length > 0 ? [{ key, ...(label ? { label } : {}), entries }] : [];
  });
}

/** Entry and container types: the only nodes whose presence changes what the palette offers. */
const KEY_TYPES: ReadonlySet<string> = new Set([...nodeSpecs.values()].filter((s) => s.isStart || s.container).map((s) => s.type));

/**
 * What the docked palette's offer depends on (app mode, which entry nodes exist, the
 * containers), as a string: cheap to compute on every edit, so the palette redraws only when
 * its offer can change, never while a node is dragged.
 */
export function paletteKey(doc: DslDocument): string {
  let key = doc.app.mode;
  for (const n of doc.workflow.graph.nodes) {
    if (KEY_TYPES.has(n.data.type) && !n.parentId) key += `|${n.data.type}:${n.id}`;
  }
  return key;
}

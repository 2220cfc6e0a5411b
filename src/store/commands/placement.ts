/**
 * Where a block type may go (dify-dsl.md 2.21, 2.25, 3.3): app mode, singletons, start versus
 * triggers, and what may sit inside an iteration or a loop.
 */
import type { DslDocument, DslNode } from '../../dsl';
import { specFor } from '../../nodes/specs';
import type { NodeSpec } from '../../nodes/node-spec';

export const CHILD_Z_INDEX = 1002;
export const CONTAINER_Z_INDEX = 1;
export const NODE_SIZE = { width: 244, height: 90 } as const;
export const CONTAINER_SIZE = { width: 508, height: 204 } as const;
export const CONTAINER_START_POSITION = { x: 24, y: 68 } as const;

/** Types that cannot be added inside an iteration or loop (containers do not nest). */
const NOT_IN_CONTAINER = new Set(['iteration', 'loop', 'end', 'human-input', 'datasource', 'knowledge-index']);

const isTrigger = (type: string) => type.startsWith('trigger-');

/** The container kind of a node (iteration or loop), if it is one. */
export function containerKind(node: DslNode | undefined): 'iteration' | 'loop' | undefined {
  return node ? specFor(node.data.type)?.container : undefined;
}

/** Why a node of `type` cannot be placed in `doc` (inside `parent` when given), or undefined. */
export function placementProblem(doc: DslDocument, type: string, parent?: DslNode): string | undefined {
  const spec: NodeSpec | undefined = specFor(type);
  if (!spec || spec.classification === 'hidden') return `'${type}' is not a block type that can be added`;
  const mode = doc.app.mode;
  if (spec.appModes && !spec.appModes.includes(mode)) {
    return `${spec.title} is not available in a ${mode === 'advanced-chat' ? 'chatflow' : mode} app`;
  }
  if (isTrigger(type) && mode !== 'workflow') return `${spec.title} is only available in a workflow app`;
  const nodes = doc.workflow.graph.nodes;
  if (type === 'start' && nodes.some((n) => isTrigger(n.data.type))) return 'User Input cannot be added next to a trigger';
  if (isTrigger(type) && nodes.some((n) => n.data.type === 'start')) return 'A trigger cannot be added next to User Input';
  if (parent) {
    const kind = containerKind(parent);
    if (!kind) return `'${parent.data.title ?? parent.id}' is not an iteration or a loop`;
    if (NOT_IN_CONTAINER.has(type) || spec.isStart) return `${spec.title} cannot be placed inside ${kind === 'loop' ? 'a loop' : 'an iteration'}`;
    if (type === 'loop-end' && kind !== 'loop') return 'Exit Loop can only be placed inside a loop';
  } else if (type === 'loop-end') {
    return 'Exit Loop can only be placed inside a loop';
  }
  // Exit Loop is marked singleton too, but only to keep it out of copies: a loop may have several.
  if (spec.singleton && spec.isStart && nodes.some((n) => n.data.type === type)) return `There can be only one ${spec.title}`;
  return undefined;
}

/** The container flags a direct child of `parent` carries in its data. */
export function childFlags(parent: DslNode): Record<string, unknown> {
  return containerKind(parent) === 'loop' ? { isInLoop: true, loop_id: parent.id } : { isInIteration: true, iteration_id: parent.id };
}

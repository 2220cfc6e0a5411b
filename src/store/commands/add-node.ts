/**
 * Adding a block (dify-dsl.md 6.8, 2.0, 3.5): the spec's defaults, a Dify title ("LLM", then
 * "LLM 2"...), the canvas fields, container flags inside an iteration or loop, and for a new
 * iteration or loop its start child.
 */
import type { DslDocument, DslNode, XY } from '../../dsl';
import { specFor } from '../../nodes/specs';
import { freshId, nodeById, refuse, withGraph, type CommandResult, type Refusal } from './graph-update';
import { fitContainerOf } from './container-fit';
import {
  childFlags, CHILD_Z_INDEX, CONTAINER_SIZE, CONTAINER_START_POSITION, CONTAINER_Z_INDEX, NODE_SIZE, placementProblem,
} from './placement';

export interface AddNodeArgs {
  type: string;
  /** Relative to the parent when `parentId` is given, as in the DSL. */
  position: XY;
  parentId?: string;
  id?: string;
  /** Clock for the new id (Dify ids are `Date.now()` strings). */
  now?: number;
}

/** "Title" for the first node of a type, "Title n+1" when n already exist (Dify's numbering). */
export function newNodeTitle(doc: DslDocument, type: string, title: string): string {
  const same = doc.workflow.graph.nodes.filter((n) => n.data.type === type).length;
  return same > 0 ? `${title} ${same + 1}` : title;
}

/** The start child Dify creates with every iteration and loop. */
export function containerStartChild(container: DslNode, kind: 'iteration' | 'loop'): DslNode {
  return {
    id: `${container.id}start`,
    type: `custom-${kind}-start`,
    parentId: container.id,
    position: { ...CONTAINER_START_POSITION },
    draggable: false,
    selectable: false,
    zIndex: CHILD_Z_INDEX,
    data: { type: `${kind}-start`, title: '', desc: '', ...(kind === 'loop' ? { isInLoop: true } : { isInIteration: true }) },
  };
}

/** The new node (and start child for a container), or why it cannot be added. */
export function createNodes(doc: DslDocument, args: AddNodeArgs): DslNode[] | Refusal {
  const parent = args.parentId !== undefined ? nodeById(doc, args.parentId) : undefined;
  if (args.parentId !== undefined && !parent) return refuse(`There is no node '${args.parentId}' to add into`);
  const problem = placementProblem(doc, args.type, parent);
  if (problem) return refuse(problem);
  const spec = specFor(args.type)!;
  const taken = new Set(doc.workflow.graph.nodes.map((n) => n.id));
  if (args.id !== undefined && taken.has(args.id)) return refuse(`A node with id '${args.id}' already exists`);
  const id = args.id ?? freshId(args.now ?? Date.now(), taken);
  const size = spec.container ? CONTAINER_SIZE : NODE_SIZE;
  const data: DslNode['data'] = {
    ...spec.defaults({ appMode: doc.app.mode }),
    type: spec.type,
    title: newNodeTitle(doc, spec.type, spec.title),
    desc: '',
    ...(spec.container ? { start_node_id: `${id}start`, width: size.width, height: size.height } : {}),
    ...(parent ? childFlags(parent) : {}),
  };
  const node: DslNode = {
    id,
    type: spec.flowType,
    position: { x: args.position.x, y: args.position.y },
    sourcePosition: 'right',
    targetPosition: 'left',
    width: size.width,
    height: size.height,
    data,
    ...(parent ? { parentId: parent.id, zIndex: CHILD_Z_INDEX } : spec.container ? { zIndex: CONTAINER_Z_INDEX } : {}),
  };
  return spec.container ? [node, containerStartChild(node, spec.container)] : [node];
}

export function addNode(doc: DslDocument, args: AddNodeArgs): CommandResult {
  const created = createNodes(doc, args);
  if (!Array.isArray(created)) return created;
  const added = withGraph(doc, { nodes: [...doc.workflow.graph.nodes, ...created] });
  return args.parentId !== undefined ? fitContainerOf(added, created[0]!.id) : added;
}

/**
 * Resizing an iteration/loop container or a note (dify-dsl.md 3.5, 2.23): the size goes on the
 * node AND in its data, as Dify stores it. Never below the type's minimum, and a container
 * never smaller than what its children need (their right/bottom edge plus Dify's padding).
 */
import type { DslDocument, DslNode } from '../../dsl';
import { specFor } from '../../nodes/specs';
import { nodeById, refuse, withGraph, type CommandResult } from './graph-update';
import { childrenExtent, type Size } from './container-fit';

export const CONTAINER_MIN_SIZE: Size = { width: 258, height: 152 };
export const NOTE_MIN_SIZE: Size = { width: 240, height: 88 };

export function minSizeOf(doc: DslDocument, node: DslNode): Size {
  if (node.type === 'custom-note') return NOTE_MIN_SIZE;
  const extent = childrenExtent(doc, node.id);
  return { width: Math.max(CONTAINER_MIN_SIZE.width, extent.width), height: Math.max(CONTAINER_MIN_SIZE.height, extent.height) };
}

export function resizeNode(doc: DslDocument, id: string, size: Size): CommandResult {
  const node = nodeById(doc, id);
  if (!node) return refuse(`There is no node '${id}'`);
  if (node.type !== 'custom-note' && !specFor(node.data.type)?.container) return refuse('Only iterations, loops and notes can be resized');
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height)) return refuse('A size must be a number');
  const min = minSizeOf(doc, node);
  const width = Math.round(Math.max(min.width, size.width));
  const height = Math.round(Math.max(min.height, size.height));
  if (node.width === width && node.height === height && node.data.width === width && node.data.height === height) return doc;
  const resized: DslNode = { ...node, width, height, data: { ...node.data, width, height } };
  return withGraph(doc, { nodes: doc.workflow.graph.nodes.map((n) => (n === node ? resized : n)) });
}

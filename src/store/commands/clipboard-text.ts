/**
 * The clipboard as system clipboard text, so nodes can move between tabs: JSON marked
 * `{"flowpad": 1, ...}`. Text from elsewhere is a trust boundary: checked with zod, else null.
 */
import { z } from 'zod';
import type { DslEdge, DslNode } from '../../dsl';
import type { Clipboard } from './clipboard';

const CLIPBOARD_MARK = 1;

const xy = z.object({ x: z.number(), y: z.number() });
const nodeShape = z.looseObject({
  id: z.string().min(1),
  type: z.string().optional(),
  position: xy.optional(),
  parentId: z.string().optional(),
  data: z.looseObject({ type: z.string(), title: z.string().optional() }),
});
const edgeShape = z.looseObject({
  id: z.string().optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  sourceHandle: z.string().nullable().optional(),
  targetHandle: z.string().nullable().optional(),
});
const clipboardText = z.object({
  flowpad: z.literal(CLIPBOARD_MARK),
  nodes: z.array(nodeShape),
  edges: z.array(edgeShape),
});

export function clipboardToText(clip: Clipboard): string {
  return JSON.stringify({ flowpad: CLIPBOARD_MARK, nodes: clip.nodes, edges: clip.edges });
}

/** The clipboard in `text`, or null when the text is not a Flowpad clipboard. */
export function clipboardFromText(text: string): Clipboard | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = clipboardText.safeParse(json);
  if (!result.success) return null;
  return { nodes: result.data.nodes as DslNode[], edges: result.data.edges as DslEdge[] };
}

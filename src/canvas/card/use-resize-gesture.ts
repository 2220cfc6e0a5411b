/**
 * A resize drag as one undoable "Node resized" entry: the store's gesture opens on the first
 * frame and closes on release; every frame in between writes the size through resizeNode.
 */
import { useMemo } from 'react';
import type { ResizeParams } from '@xyflow/react';
import { documentStore } from '../../store/document-store';
import { resizeNode } from '../../store/commands';

export const RESIZE_LABEL = 'Node resized';

export function useResizeGesture(nodeId: string) {
  return useMemo(() => ({
    onResizeStart: () => documentStore.getState().beginGesture(),
    onResize: (_: unknown, p: ResizeParams) => {
      documentStore.getState().apply(RESIZE_LABEL, (doc) => resizeNode(doc, nodeId, { width: p.width, height: p.height }));
    },
    onResizeEnd: () => documentStore.getState().endGesture(RESIZE_LABEL),
  }), [nodeId]);
}

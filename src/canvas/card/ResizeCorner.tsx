/** The bottom-right resize grip of containers and notes (Dify resizes from that corner only). */
import { NodeResizeControl } from '@xyflow/react';
import { useResizeGesture } from './use-resize-gesture';

export function ResizeCorner({ nodeId, minWidth, minHeight }: { nodeId: string; minWidth: number; minHeight: number }) {
  const gesture = useResizeGesture(nodeId);
  return (
    <NodeResizeControl
      position="bottom-right"
      minWidth={minWidth}
      minHeight={minHeight}
      className="!h-5 !w-5 !-translate-x-full !-translate-y-full !border-0 !bg-transparent"
      {...gesture}
    >
      <svg data-testid="resize-handle" viewBox="0 0 16 16" className="h-4 w-4 text-slate-400" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round">
        <path d="M13 6L6 13M13 10l-3 3" />
      </svg>
    </NodeResizeControl>
  );
}

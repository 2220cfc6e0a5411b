/**
 * The handles of a node card: one target on the left, source handles on the right. Every card
 * renders its handles through these, so adding behaviour to handles (the "+" that adds a block
 * after or before) happens in one place.
 */
import { Handle, Position } from '@xyflow/react';

export interface SourceHandleProps {
  nodeId: string;
  handleId: string;
  /** Extra classes to place the handle (e.g. beside a case label). */
  className?: string;
}

export function SourceHandle({ handleId, className = '' }: SourceHandleProps) {
  return <Handle type="source" position={Position.Right} id={handleId} className={`h-3 w-3 border-2 border-white bg-blue-500 ${className}`} />;
}

export interface TargetHandleProps {
  nodeId: string;
  className?: string;
}

export function TargetHandle({ className = '' }: TargetHandleProps) {
  return <Handle type="target" position={Position.Left} id="target" className={`h-3 w-3 border-2 border-white bg-slate-400 ${className}`} />;
}

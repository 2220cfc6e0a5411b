/**
 * The handles of a node card: one target on the left, source handles on the right. Every card
 * renders its handles through these, so the "+" that adds a block after a handle (dify-dsl.md
 * 6.8) is here: a small button beside the handle, shown while the node is hovered or selected.
 * It sits inside the handle so it follows the handle wherever a card places it, and stops its
 * own pointer events, so pressing it never starts a connection or a node drag.
 */
import { Handle, Position } from '@xyflow/react';
import { openSelectorBeside } from '../palette/block-selector';
import './handles.css';

export interface SourceHandleProps {
  nodeId: string;
  handleId: string;
  /** Extra classes to place the handle (e.g. beside a case label). */
  className?: string;
}

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

function AddAfterButton({ nodeId, handleId }: { nodeId: string; handleId: string }) {
  return (
    <button
      type="button"
      aria-label="Add a block after"
      title="Add a block after"
      data-testid={`add-after-${nodeId}-${handleId}`}
      className="add-after-button nodrag nopan pointer-events-auto absolute left-full top-1/2 ml-1 hidden h-4 w-4 -translate-y-1/2 items-center justify-center rounded-full bg-blue-600 text-white shadow-sm hover:scale-125"
      onMouseDown={stop}
      onPointerDown={stop}
      onTouchStart={stop}
      onClick={(e) => {
        e.stopPropagation();
        openSelectorBeside(e.currentTarget, { kind: 'after', nodeId, handleId });
      }}
    >
      <svg viewBox="0 0 12 12" className="h-2.5 w-2.5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden="true">
        <path d="M6 2v8M2 6h8" />
      </svg>
    </button>
  );
}

export function SourceHandle({ nodeId, handleId, className = '' }: SourceHandleProps) {
  return (
    <Handle type="source" position={Position.Right} id={handleId} className={`h-3 w-3 border-2 border-white bg-blue-500 ${className}`}>
      <AddAfterButton nodeId={nodeId} handleId={handleId} />
    </Handle>
  );
}

export interface TargetHandleProps {
  nodeId: string;
  className?: string;
}

export function TargetHandle({ className = '' }: TargetHandleProps) {
  return <Handle type="target" position={Position.Left} id="target" className={`h-3 w-3 border-2 border-white bg-slate-400 ${className}`} />;
}

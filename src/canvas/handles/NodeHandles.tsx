/**
 * The handles of a node card: one target on the left, source handles on the right. Every card
 * renders its handles through these, so the "+" buttons of dify-dsl.md 6.8 are here: beside a
 * source handle it adds a block after that handle, beside the target handle it adds one before
 * the node. They are rendered only while the card says so (hovered or selected, see
 * add-button-visibility.ts), sit inside their handle so they follow it wherever a card places
 * it, and stop their own pointer events, so pressing one never starts a connection or a node drag.
 */
import { Handle, Position } from '@xyflow/react';
import { openSelectorBeside, type SelectorTarget } from '../palette/block-selector';
import { useAddButtonsShown } from './add-button-visibility';
import './handles.css';

export interface SourceHandleProps {
  nodeId: string;
  handleId: string;
  /** Extra classes to place the handle (e.g. beside a case label). */
  className?: string;
}

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

const SIDE = {
  after: 'left-full ml-1',
  before: 'right-full mr-1',
} as const;

function AddButton({ target, testId }: { target: SelectorTarget & { kind: 'after' | 'before' }; testId: string }) {
  if (!useAddButtonsShown()) return null;
  const label = target.kind === 'after' ? 'Add a block after' : 'Add a block before';
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid={testId}
      className={`handle-add-button nodrag nopan pointer-events-auto absolute top-1/2 flex h-4 w-4 -translate-y-1/2 items-center justify-center rounded-full bg-blue-600 text-white shadow-sm hover:scale-125 ${SIDE[target.kind]}`}
      onMouseDown={stop}
      onPointerDown={stop}
      onTouchStart={stop}
      onClick={(e) => {
        e.stopPropagation();
        openSelectorBeside(e.currentTarget, target);
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
      <AddButton target={{ kind: 'after', nodeId, handleId }} testId={`add-after-${nodeId}-${handleId}`} />
    </Handle>
  );
}

export interface TargetHandleProps {
  nodeId: string;
  className?: string;
}

export function TargetHandle({ nodeId, className = '' }: TargetHandleProps) {
  return (
    <Handle type="target" position={Position.Left} id="target" className={`h-3 w-3 border-2 border-white bg-slate-400 ${className}`}>
      <AddButton target={{ kind: 'before', nodeId }} testId={`add-before-${nodeId}`} />
    </Handle>
  );
}

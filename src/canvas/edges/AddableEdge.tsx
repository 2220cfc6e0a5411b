/**
 * The one edge renderer, as Dify draws edges (dify-dsl.md 6.9): a bezier with curvature 0.16
 * whose ends reach 8 px into the handles, stroke 2, blue when selected; and a "+" at its middle
 * while hovered or selected, which opens the block selector to insert a block there (6.8).
 * The "+" is rendered only then, so a large graph carries no extra elements per edge.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { openSelectorBeside } from '../palette/block-selector';
import '../handles/handles.css';

const CURVATURE = 0.16;
const HANDLE_OVERLAP = 8;
/** Time to move the pointer from the line onto its "+" before the "+" goes. */
const HIDE_DELAY_MS = 200;
/** Above edges and cards inside containers (z 1002) and selected cards (+1000): the "+" must stay reachable. */
const ABOVE_CARDS = 3000;

function useLingeringHover(): [boolean, () => void, () => void] {
  const [hovered, setHovered] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const enter = () => {
    clearTimeout(timer.current);
    setHovered(true);
  };
  const leave = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setHovered(false), HIDE_DELAY_MS);
  };
  return [hovered, enter, leave];
}

function AddableEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, markerEnd, interactionWidth }: EdgeProps) {
  const [hovered, enter, leave] = useLingeringHover();
  const [path, labelX, labelY] = getBezierPath({
    sourceX: sourceX - HANDLE_OVERLAP, sourceY, sourcePosition,
    targetX: targetX + HANDLE_OVERLAP, targetY, targetPosition,
    curvature: CURVATURE,
  });
  return (
    <>
      <g onMouseEnter={enter} onMouseLeave={leave}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={markerEnd}
          interactionWidth={interactionWidth}
          className={selected || hovered ? 'stroke-blue-600' : 'stroke-slate-300'}
          style={{ strokeWidth: 2 }}
        />
      </g>
      {(hovered || selected) && (
        <EdgeLabelRenderer>
          {/* Placed by the wrapper: a scale on the button itself would scale this translate too. */}
          <div className="edge-add-button nodrag nopan pointer-events-auto absolute" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, zIndex: ABOVE_CARDS }}>
            <button
              type="button"
              aria-label="Insert a block here"
              title="Insert a block here"
              data-testid={`add-on-edge-${id}`}
              className="flex h-4 w-4 items-center justify-center rounded-full bg-blue-600 text-white shadow-sm hover:scale-125"
              onMouseEnter={enter}
              onMouseLeave={leave}
              onClick={(e) => {
                e.stopPropagation();
                openSelectorBeside(e.currentTarget, { kind: 'edge', edgeId: id });
              }}
            >
              <svg viewBox="0 0 12 12" className="h-2.5 w-2.5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden="true">
                <path d="M6 2v8M2 6h8" />
              </svg>
            </button>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const AddableEdge = memo(AddableEdgeView);

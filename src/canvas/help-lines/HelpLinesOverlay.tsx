/** Draws the help lines over the canvas, in screen space; nothing (and no re-render on pan) without any. */
import { useStore } from '@xyflow/react';
import { useGuides } from './guide-store';

const NO_TRANSFORM = null;
const COLOUR = '#2970ff';

export function HelpLinesOverlay() {
  const { vertical, horizontal } = useGuides();
  const shown = vertical !== undefined || horizontal !== undefined;
  const transform = useStore((s) => (shown ? s.transform : NO_TRANSFORM));
  if (!shown || !transform) return null;
  const [tx, ty, zoom] = transform;
  return (
    <svg className="pointer-events-none absolute inset-0 z-[4] h-full w-full" aria-hidden="true" data-testid="help-lines">
      {/* 1 px rectangles rather than lines: a line's box has no width, so it would not count as visible. */}
      {vertical !== undefined && <rect data-testid="help-line-vertical" x={vertical * zoom + tx - 0.5} y={0} width={1} height="100%" fill={COLOUR} />}
      {horizontal !== undefined && <rect data-testid="help-line-horizontal" x={0} y={horizontal * zoom + ty - 0.5} width="100%" height={1} fill={COLOUR} />}
    </svg>
  );
}

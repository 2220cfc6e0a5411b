/** A block type's icon: a coloured rounded tile with a white line glyph. */
import { appearanceOf } from './block-appearance';

const SIZES = { sm: 'h-5 w-5 rounded-md', md: 'h-6 w-6 rounded-lg', lg: 'h-7 w-7 rounded-lg' } as const;

export function BlockIcon({ blockType, size = 'md' }: { blockType: string; size?: keyof typeof SIZES }) {
  const { tile, glyph } = appearanceOf(blockType);
  return (
    <span aria-hidden="true" className={`flex shrink-0 items-center justify-center text-white shadow-xs ${tile} ${SIZES[size]}`}>
      <svg viewBox="0 0 24 24" className="h-[62%] w-[62%]" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d={glyph} />
      </svg>
    </span>
  );
}

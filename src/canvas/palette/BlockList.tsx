/**
 * The grouped, searchable list of blocks, shared by the docked palette and the "+" selector.
 * Entries are buttons (click picks); in the palette they also drag onto the canvas.
 */
import { BlockIcon } from '../card/BlockIcon';
import type { PaletteGroup } from './palette-groups';

/** The drag payload's type: only our palette's drags drop blocks. */
export const BLOCK_DRAG_MIME = 'application/x-flowpad-block';

export interface BlockListProps {
  groups: readonly PaletteGroup[];
  onPick(type: string): void;
  /** `palette` or `selector`: entries are `<prefix>-block-<type>`. */
  testIdPrefix: string;
  draggable?: boolean;
}

function startDrag(e: React.DragEvent, type: string) {
  e.dataTransfer.setData(BLOCK_DRAG_MIME, type);
  e.dataTransfer.effectAllowed = 'copy';
}

export function BlockList({ groups, onPick, testIdPrefix, draggable = false }: BlockListProps) {
  if (groups.length === 0) return <p className="px-3 py-4 text-center text-xs text-slate-400">No block matches</p>;
  return (
    <div className="flex flex-col gap-1 py-1">
      {groups.map((group) => (
        <section key={group.key} aria-label={group.label ?? 'Blocks'}>
          {group.label && <h3 className="px-3 pb-0.5 pt-1.5 text-[10px] font-semibold uppercase tracking-wide text-slate-400">{group.label}</h3>}
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.type}>
                <button
                  type="button"
                  data-testid={`${testIdPrefix}-block-${entry.type}`}
                  draggable={draggable}
                  onDragStart={draggable ? (e) => startDrag(e, entry.type) : undefined}
                  onClick={() => onPick(entry.type)}
                  title={draggable ? `Drag onto the canvas, or click to add ${entry.title}` : `Add ${entry.title}`}
                  className="flex w-full items-center gap-2 rounded-lg px-2.5 py-1 text-left text-[13px] text-slate-700 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none"
                >
                  <BlockIcon blockType={entry.type} size="sm" />
                  <span className="truncate">{entry.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function BlockSearch({ value, onChange, autoFocus = false, testId }: { value: string; onChange(v: string): void; autoFocus?: boolean; testId: string }) {
  return (
    <input
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoFocus={autoFocus}
      placeholder="Search blocks"
      aria-label="Search blocks"
      data-testid={testId}
      className="w-full rounded-lg border border-slate-200 bg-slate-50 px-2.5 py-1.5 text-xs text-slate-800 placeholder:text-slate-400 focus:border-blue-400 focus:bg-white focus:outline-none"
    />
  );
}

/** What block cards and containers share: the outline (selection, run status), the header, the extra handle rows. */
import type { ReactNode } from 'react';
import type { CardData } from '../to-flow';
import { BlockIcon } from './BlockIcon';
import { HandleRow } from './card-parts';
import { runRing } from './run-status';

/** Handles level with the title: the header is 48px high, its centre 24px down. */
export const HEADER_HANDLE = 'top-6';

export function cardOutline(selected: boolean, runStatus: string | undefined): string {
  return `${selected ? 'border-blue-600 outline-1 outline-blue-600' : 'border-slate-200'} ${runRing(runStatus)}`;
}

export function CardHeader({ blockType, title, children }: { blockType: string; title: string; children?: ReactNode }) {
  return (
    <div className="flex h-12 shrink-0 items-center gap-2 px-3">
      <BlockIcon blockType={blockType} />
      <div data-testid="node-title" className="min-w-0 flex-1 truncate text-[13px] font-semibold text-slate-900" title={title}>
        {title}
      </div>
      {children}
    </div>
  );
}

/** Rows for source handles no body draws: FAIL BRANCH, or ids only an edge still uses. */
export function ExtraHandleRows({ nodeId, data, handles }: { nodeId: string; data: CardData; handles: readonly string[] }) {
  return (
    <>
      {handles.map((h) => (
        <HandleRow key={h} nodeId={nodeId} handleId={h}>
          <span className={`block text-right text-[11px] font-semibold ${h === 'fail-branch' ? 'text-amber-700' : 'text-slate-500'}`}>
            {h === 'fail-branch' ? 'FAIL BRANCH' : data.handleLabels[h] ?? h}
          </span>
        </HandleRow>
      ))}
    </>
  );
}

/**
 * The frame every block card shares (Dify's 240px card): icon and title on top, the target
 * handle and the main source handle level with the title, the type's body, the description,
 * and rows for the remaining source handles (FAIL, or ids only an edge still uses).
 */
import type { ReactNode } from 'react';
import { SourceHandle, TargetHandle } from '../handles/NodeHandles';
import { AddButtonsShown, useShowsAddButtons } from '../handles/add-button-visibility';
import { useRunStore } from '../../store/run-store';
import type { CardData } from '../to-flow';
import { Tag } from './card-parts';
import { CardHeader, cardOutline, ExtraHandleRows, HEADER_HANDLE } from './card-shell';

export interface NodeFrameProps {
  id: string;
  data: CardData;
  selected: boolean;
  /** Fallback title (the spec's name) when the node has none. */
  defaultTitle: string;
  /** Source handles the body draws itself. */
  ownedHandles?: ReadonlySet<string>;
  children?: ReactNode;
}

export function NodeFrame({ id, data, selected, defaultTitle, ownedHandles, children }: NodeFrameProps) {
  const runStatus = useRunStore((s) => s.nodeStatus[id]);
  const title = data.title.trim() !== '' ? data.title : defaultTitle;
  const headerSource = !ownedHandles?.has('source') && data.sourceHandles.includes('source');
  const rows = data.sourceHandles.filter((h) => h !== 'source' && !ownedHandles?.has(h));
  const desc = typeof data.nodeData.desc === 'string' ? data.nodeData.desc.trim() : '';
  const showAdd = useShowsAddButtons(id, selected);
  return (
    <AddButtonsShown value={showAdd}>
      <div
        data-testid="node-card"
        data-block-type={data.blockType}
        data-run-status={runStatus}
        className={`relative w-[240px] rounded-2xl border bg-white shadow-xs transition-shadow hover:shadow-md ${cardOutline(selected, runStatus)}`}
      >
        {data.hasTarget && <TargetHandle nodeId={id} className={HEADER_HANDLE} />}
        {headerSource && <SourceHandle nodeId={id} handleId="source" className={HEADER_HANDLE} />}
        <CardHeader blockType={data.blockType} title={title}>
          {data.nodeData.error_strategy === 'fail-branch' && <Tag tone="amber">on fail</Tag>}
        </CardHeader>
        {children}
        {desc !== '' && <p className="line-clamp-2 break-words px-3 pb-2 text-[11px] leading-4 text-slate-500">{desc}</p>}
        {rows.length > 0 && (
          <div className="border-t border-slate-100 py-1">
            <ExtraHandleRows nodeId={id} data={data} handles={rows} />
          </div>
        )}
      </div>
    </AddButtonsShown>
  );
}

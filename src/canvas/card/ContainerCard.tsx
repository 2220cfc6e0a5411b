/**
 * Iteration and loop containers (dify-dsl.md 3.5): drawn at their stored size, a title bar on
 * top, their children inside (React Flow's parentId), resizable from the corner when selected.
 */
import { SourceHandle, TargetHandle } from '../handles/NodeHandles';
import { AddButtonsShown, useShowsAddButtons } from '../handles/add-button-visibility';
import { useRunStore } from '../../store/run-store';
import { CONTAINER_MIN_SIZE } from '../../store/commands';
import { iterationBadge } from '../../nodes/iteration/summary';
import { loopBadge } from '../../nodes/loop/summary';
import type { CardData } from '../to-flow';
import { Tag } from './card-parts';
import { CardHeader, cardOutline, ExtraHandleRows, HEADER_HANDLE } from './card-shell';
import { ResizeCorner } from './ResizeCorner';

export function ContainerCard({ id, data, selected, defaultTitle }: { id: string; data: CardData; selected: boolean; defaultTitle: string }) {
  const runStatus = useRunStore((s) => s.nodeStatus[id]);
  const title = data.title.trim() !== '' ? data.title : defaultTitle;
  const badge = data.blockType === 'loop' ? loopBadge(data.nodeData) : iterationBadge(data.nodeData);
  const extraHandles = data.sourceHandles.filter((h) => h !== 'source');
  const showAdd = useShowsAddButtons(id, selected);
  return (
    <AddButtonsShown value={showAdd}>
      <div
        data-testid="node-card"
        data-container="true"
        data-block-type={data.blockType}
        data-run-status={runStatus}
        className={`relative flex h-full w-full flex-col rounded-2xl border bg-white/90 shadow-xs ${cardOutline(selected, runStatus)}`}
      >
        {data.hasTarget && <TargetHandle nodeId={id} className={HEADER_HANDLE} />}
        {data.sourceHandles.includes('source') && <SourceHandle nodeId={id} handleId="source" className={HEADER_HANDLE} />}
        <CardHeader blockType={data.blockType} title={title}>
          {badge !== '' && <span className="min-w-0 max-w-[60%] truncate"><Tag tone="blue">{badge}</Tag></span>}
        </CardHeader>
        <div className="mx-1 mb-1 min-h-0 flex-1 rounded-xl bg-slate-50 bg-[radial-gradient(#cbd5e1_1px,transparent_1px)] [background-size:14px_14px]" />
        {extraHandles.length > 0 && (
          <div className="absolute right-0 top-12 w-32">
            <ExtraHandleRows nodeId={id} data={data} handles={extraHandles} />
          </div>
        )}
        {selected && <ResizeCorner nodeId={id} minWidth={CONTAINER_MIN_SIZE.width} minHeight={CONTAINER_MIN_SIZE.height} />}
      </div>
    </AddButtonsShown>
  );
}

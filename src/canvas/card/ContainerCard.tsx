/**
 * Iteration and loop containers (dify-dsl.md 3.5): drawn at their stored size, a title bar on
 * top, their children inside (React Flow's parentId), resizable from the corner when selected.
 */
import { SourceHandle, TargetHandle } from '../handles/NodeHandles';
import { useRunStore } from '../../store/run-store';
import { CONTAINER_MIN_SIZE } from '../../store/commands';
import { iterationBadge } from '../../nodes/iteration/summary';
import { loopBadge } from '../../nodes/loop/summary';
import type { CardData } from '../to-flow';
import { BlockIcon } from './BlockIcon';
import { HandleRow, Tag } from './card-parts';
import { ResizeCorner } from './ResizeCorner';
import { runRing } from './run-status';

export function ContainerCard({ id, data, selected, defaultTitle }: { id: string; data: CardData; selected: boolean; defaultTitle: string }) {
  const runStatus = useRunStore((s) => s.nodeStatus[id]);
  const title = data.title.trim() !== '' ? data.title : defaultTitle;
  const badge = data.blockType === 'loop' ? loopBadge(data.nodeData) : iterationBadge(data.nodeData);
  const extraHandles = data.sourceHandles.filter((h) => h !== 'source');
  return (
    <div
      data-testid="node-card"
      data-container="true"
      data-block-type={data.blockType}
      data-run-status={runStatus}
      className={[
        'relative flex h-full w-full flex-col rounded-2xl border bg-white/90 shadow-xs',
        selected ? 'border-blue-600 outline-1 outline-blue-600' : 'border-slate-200',
        runRing(runStatus),
      ].join(' ')}
    >
      {data.hasTarget && <TargetHandle nodeId={id} className="top-6" />}
      {data.sourceHandles.includes('source') && <SourceHandle nodeId={id} handleId="source" className="top-6" />}
      <div className="flex h-12 shrink-0 items-center gap-2 px-3">
        <BlockIcon blockType={data.blockType} />
        <div data-testid="node-title" className="min-w-0 truncate text-[13px] font-semibold text-slate-900" title={title}>{title}</div>
        {badge !== '' && <span className="ml-auto min-w-0 truncate"><Tag tone="blue">{badge}</Tag></span>}
      </div>
      <div className="container-canvas mx-1 mb-1 min-h-0 flex-1 rounded-xl bg-slate-50 bg-[radial-gradient(#cbd5e1_1px,transparent_1px)] [background-size:14px_14px]" />
      {extraHandles.length > 0 && (
        <div className="absolute right-0 top-12 w-32">
          {extraHandles.map((h) => (
            <HandleRow key={h} nodeId={id} handleId={h}>
              <span className="block text-right text-[11px] font-semibold text-amber-700">{h === 'fail-branch' ? 'FAIL BRANCH' : data.handleLabels[h] ?? h}</span>
            </HandleRow>
          ))}
        </div>
      )}
      {selected && <ResizeCorner nodeId={id} minWidth={CONTAINER_MIN_SIZE.width} minHeight={CONTAINER_MIN_SIZE.height} />}
    </div>
  );
}

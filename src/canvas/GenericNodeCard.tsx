/**
 * The card every node shows until its type has its own Card.tsx: title, block type and the
 * handles its edges use. Imported strings are React text, never HTML.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from './handles/NodeHandles';
import type { FlowNode } from './to-flow';
import { useRunStore } from '../store/run-store';

function labelOf(title: string, blockType: string, renderer: string | undefined): string {
  if (title.trim() !== '') return title;
  if (renderer === 'note') return 'Note';
  return blockType || 'Untitled';
}

function SourceHandles({ nodeId, ids, labels }: { nodeId: string; ids: readonly string[]; labels: Readonly<Record<string, string>> }) {
  if (ids.length === 1 && !labels[ids[0]!]) {
    return <SourceHandle nodeId={nodeId} handleId={ids[0]!} />;
  }
  return (
    <ul className="mt-2 space-y-1 border-t border-slate-100 pt-2">
      {ids.map((id) => (
        <li key={id} className="relative pr-3 text-right text-[11px] text-slate-500">
          {labels[id] ?? id}
          <SourceHandle nodeId={nodeId} handleId={id} className="-right-[13px]" />
        </li>
      ))}
    </ul>
  );
}

const RUN_RING: Record<string, string> = {
  running: 'ring-2 ring-blue-400', succeeded: 'ring-2 ring-emerald-400', exception: 'ring-2 ring-amber-400',
  failed: 'ring-2 ring-red-500', stopped: 'ring-2 ring-slate-400',
};

function GenericNodeCardView({ id, data, type, selected }: NodeProps<FlowNode>) {
  const label = labelOf(data.title, data.blockType, type);
  const runStatus = useRunStore((s) => s.nodeStatus[id]);
  const isNote = type === 'note';
  return (
    <div
      data-testid="node-card"
      data-block-type={data.blockType}
      className={[
        'h-full w-full min-w-[240px] rounded-2xl border px-3 py-2.5 shadow-xs',
        isNote ? 'border-amber-200 bg-amber-50' : 'border-slate-200 bg-white',
        selected ? 'border-blue-500 ring-1 ring-blue-500' : '',
        runStatus ? RUN_RING[runStatus] ?? '' : '',
      ].join(' ')}
      data-run-status={runStatus}
    >
      {data.hasTarget && <TargetHandle nodeId={id} />}
      <div className="flex items-center gap-2">
        {data.blockType !== '' && (
          <span aria-hidden="true" className="flex h-6 w-6 shrink-0 items-center justify-center rounded-lg bg-blue-500 text-xs font-bold text-white">
            {data.blockType.charAt(0).toUpperCase()}
          </span>
        )}
        <div className="min-w-0">
          <div className="truncate text-[13px] font-semibold text-slate-900" title={label}>
            {label}
          </div>
          {data.blockType !== '' && <div className="truncate text-[11px] text-slate-500">{data.blockType}</div>}
        </div>
      </div>
      {data.sourceHandles.length > 0 && <SourceHandles nodeId={id} ids={data.sourceHandles} labels={data.handleLabels} />}
    </div>
  );
}

export const GenericNodeCard = memo(GenericNodeCardView);

/**
 * Nodes of React Flow types we do not know (newer group nodes, dify-dsl.md 2.24): a plain
 * dashed card with the title and type, and whatever handles their edges use. Their data is
 * kept as imported.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from '../handles/NodeHandles';
import { AddButtonsShown, useShowsAddButtons } from '../handles/add-button-visibility';
import type { FlowNode } from '../to-flow';

function CanvasOnlyCardView({ id, data, selected }: NodeProps<FlowNode>) {
  const title = data.title.trim() !== '' ? data.title : data.blockType || 'Canvas-only node';
  const showAdd = useShowsAddButtons(id, selected);
  return (
    <AddButtonsShown value={showAdd}>
      <div
        data-testid="node-card"
        data-block-type={data.blockType}
        className={`relative min-w-[160px] max-w-[280px] rounded-2xl border border-dashed bg-white/80 px-3 py-2.5 ${selected ? 'border-blue-600' : 'border-slate-300'}`}
      >
        {data.hasTarget && <TargetHandle nodeId={id} />}
        <div data-testid="node-title" className="truncate text-[13px] font-semibold text-slate-700" title={title}>{title}</div>
        <div className="text-[11px] text-slate-400">{data.blockType || 'not part of the workflow run'}</div>
        {data.sourceHandles.map((h) => <SourceHandle key={h} nodeId={id} handleId={h} />)}
      </div>
    </AddButtonsShown>
  );
}

export const CanvasOnlyCard = memo(CanvasOnlyCardView);

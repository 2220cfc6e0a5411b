/** `custom-simple` nodes (dify-dsl.md 3.4), i.e. Exit Loop: a compact card with its icon and title, target only. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from '../handles/NodeHandles';
import { AddButtonsShown, useShowsAddButtons } from '../handles/add-button-visibility';
import { specFor } from '../../nodes/specs';
import type { FlowNode } from '../to-flow';
import { BlockIcon } from './BlockIcon';
import { cardOutline } from './card-shell';

function SimpleCardView({ id, data, selected }: NodeProps<FlowNode>) {
  const title = data.title.trim() !== '' ? data.title : specFor(data.blockType)?.title ?? data.blockType;
  const showAdd = useShowsAddButtons(id, selected);
  return (
    <AddButtonsShown value={showAdd}>
      <div
        data-testid="node-card"
        data-block-type={data.blockType}
        className={`relative flex h-11 items-center gap-2 rounded-2xl border bg-white pl-2.5 pr-3.5 shadow-xs ${cardOutline(selected, undefined)}`}
      >
        {data.hasTarget && <TargetHandle nodeId={id} />}
        <BlockIcon blockType={data.blockType} />
        <span data-testid="node-title" className="max-w-[180px] truncate text-[13px] font-semibold text-slate-900" title={title}>{title}</span>
        {data.sourceHandles.map((h) => <SourceHandle key={h} nodeId={id} handleId={h} />)}
      </div>
    </AddButtonsShown>
  );
}

export const SimpleCard = memo(SimpleCardView);

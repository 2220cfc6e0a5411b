/** The start child of an iteration or loop: the small round start icon Dify shows, with its one handle. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle } from '../handles/NodeHandles';
import { AddButtonsShown } from '../handles/add-button-visibility';
import type { FlowNode } from '../to-flow';

function ContainerStartCardView({ id, data }: NodeProps<FlowNode>) {
  return (
    <div data-testid="node-card" data-block-type={data.blockType} title="Start" className="relative flex h-11 w-11 items-center justify-center rounded-2xl border border-slate-200 bg-white shadow-xs">
      <span className="flex h-6 w-6 items-center justify-center rounded-full bg-blue-600 text-white">
        <svg viewBox="0 0 24 24" className="h-3 w-3" fill="currentColor" aria-hidden="true"><path d="M3 11l9-7 9 7v9h-6v-6H9v6H3z" /></svg>
      </span>
      {/* It takes no pointer events of its own (not selectable), so its "+" always shows. */}
      <AddButtonsShown value>
        {data.sourceHandles.map((h) => <SourceHandle key={h} nodeId={id} handleId={h} />)}
      </AddButtonsShown>
    </div>
  );
}

export const ContainerStartCard = memo(ContainerStartCardView);

/**
 * The React Flow node for every `custom` block: the shared frame with the type's own body from
 * `src/nodes/cards.ts`, or a container for iteration and loop. Types without a body (and
 * unknown types) get the bare frame; their data is never touched, so they are preserved.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { specFor } from '../../nodes/specs';
import { cardFor } from '../../nodes/cards';
import { textOf } from '../../nodes/node-spec';
import type { FlowNode } from '../to-flow';
import { NodeFrame } from './NodeFrame';
import { ContainerCard } from './ContainerCard';
import { perData } from './per-data';

/** The source handles a body draws itself (IF/ELSE cases, classes, actions), by the block's data. */
const ownedHandles = perData((data) => new Set(specFor(textOf(data.type))?.sourceHandles(data).map((h) => h.id) ?? []));

function BlockCardView({ id, data, selected }: NodeProps<FlowNode>) {
  const spec = specFor(data.blockType);
  const defaultTitle = spec?.title ?? (data.blockType || 'Untitled');
  if (spec?.container) return <ContainerCard id={id} data={data} selected={selected} defaultTitle={defaultTitle} />;
  const entry = cardFor(data.blockType);
  const owned = entry?.ownsHandles && spec ? ownedHandles(data.nodeData) : undefined;
  return (
    <NodeFrame id={id} data={data} selected={selected} defaultTitle={defaultTitle} ownedHandles={owned}>
      {entry && <entry.Body nodeId={id} data={data.nodeData} />}
    </NodeFrame>
  );
}

export const BlockCard = memo(BlockCardView);

/** What a block type's card body (`src/nodes/<type>/Card.tsx`) receives. */
import type { ComponentType } from 'react';
import type { DslNodeData } from '../../dsl';

export interface CardBodyProps {
  nodeId: string;
  /** The DSL node's data; the same object until that node is edited. */
  data: DslNodeData;
}

export interface CardEntry {
  Body: ComponentType<CardBodyProps>;
  /** The body draws the type's own source handles on its rows (IF/ELSE cases, classes, actions). */
  ownsHandles?: boolean;
}

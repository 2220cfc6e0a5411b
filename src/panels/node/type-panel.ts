/** What a block type's own panel (`src/nodes/<type>/Panel.tsx`) receives. */
import type { DslNodeData } from '../../dsl';

export interface TypePanelProps {
  nodeId: string;
  data: DslNodeData;
}

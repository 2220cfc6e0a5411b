/** Each block type's own panel, by `data.type`; a type without one shows title and description only. */
import type { ComponentType } from 'react';
import type { TypePanelProps } from './type-panel';
import { IfElsePanel } from '../../nodes/if-else/Panel';
import { CodePanel } from '../../nodes/code/Panel';

export const typePanels: Readonly<Record<string, ComponentType<TypePanelProps>>> = {
  'if-else': IfElsePanel,
  code: CodePanel,
};

export function typePanelFor(blockType: string): ComponentType<TypePanelProps> | undefined {
  return Object.hasOwn(typePanels, blockType) ? typePanels[blockType] : undefined;
}

/** What a tool card shows (2.18): provider and tool. */
import type { DslNodeData } from '../../dsl';
import { textOf } from '../node-spec';

export function toolSummary(data: DslNodeData): { provider: string; tool: string } {
  return {
    // Plugin providers are paths (`langgenius/wikipedia/wikipedia`); the last part names them.
    provider: (textOf(data.provider_name) || textOf(data.provider_id)).split('/').filter(Boolean).at(-1) ?? '',
    tool: textOf(data.tool_label) || textOf(data.tool_name),
  };
}

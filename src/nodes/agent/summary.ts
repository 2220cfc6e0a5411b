/** What an agent card shows (2.19): the agent strategy and its provider. */
import type { DslNodeData } from '../../dsl';
import { textOf } from '../node-spec';

export function agentSummary(data: DslNodeData): { strategy: string; provider: string } {
  const provider = textOf(data.agent_strategy_provider_name).split('/').filter(Boolean).at(-1) ?? '';
  return { strategy: textOf(data.agent_strategy_label) || textOf(data.agent_strategy_name), provider };
}

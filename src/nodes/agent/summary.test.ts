import { describe, expect, it } from 'vitest';
import { agentSummary } from './summary';

describe('agentSummary', () => {
  it('names the strategy and its provider', () => {
    expect(agentSummary({ type: 'agent', agent_strategy_provider_name: 'langgenius/agent/agent', agent_strategy_name: 'function_calling', agent_strategy_label: 'FunctionCalling' })).toEqual({ strategy: 'FunctionCalling', provider: 'agent' });
    expect(agentSummary({ type: 'agent' })).toEqual({ strategy: '', provider: '' });
  });
});

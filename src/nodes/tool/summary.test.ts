import { describe, expect, it } from 'vitest';
import { toolSummary } from './summary';

describe('toolSummary', () => {
  it('prefers display names and falls back to ids', () => {
    expect(toolSummary({ type: 'tool', provider_name: 'time', provider_id: 'langgenius/time/time', tool_label: 'Current Time', tool_name: 'current_time' })).toEqual({ provider: 'time', tool: 'Current Time' });
    expect(toolSummary({ type: 'tool', provider_id: 'p', tool_name: 't' })).toEqual({ provider: 'p', tool: 't' });
    expect(toolSummary({ type: 'tool', provider_name: 'langgenius/wikipedia/wikipedia', tool_name: 'search' }).provider).toBe('wikipedia');
  });
});

import { describe, expect, it } from 'vitest';
import { modelSummary } from './summary';

describe('modelSummary', () => {
  it('shortens plugin provider ids and keeps the model name', () => {
    expect(modelSummary({ type: 'llm', model: { provider: 'langgenius/openai/openai', name: 'gpt-4o', mode: 'chat' } })).toEqual({ provider: 'openai', name: 'gpt-4o' });
    expect(modelSummary({ type: 'llm', model: { provider: 'anthropic', name: 'claude' } })).toEqual({ provider: 'anthropic', name: 'claude' });
  });
  it('has nothing to show without a model', () => {
    expect(modelSummary({ type: 'llm' })).toBeUndefined();
    expect(modelSummary({ type: 'llm', model: { provider: '', name: '' } })).toBeUndefined();
  });
});

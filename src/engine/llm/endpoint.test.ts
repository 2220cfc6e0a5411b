import { describe, expect, it } from 'vitest';
import { LlmError } from '../llm-client';
import { mapCompletionParams } from './completion-params';
import { chatCompletionsUrl, llmSettingsFromEnv, resolveEndpoint } from './endpoint';

describe('resolveEndpoint', () => {
  const settings = {
    default: { baseUrl: 'http://default/v1' },
    providers: {
      openai: { baseUrl: 'http://openai/v1', apiKey: 'k1' },
      'langgenius/ollama/ollama': { baseUrl: 'http://ollama/v1' },
      'my/exact/id': { baseUrl: 'http://exact/v1' },
    },
  };

  it('matches the full provider id first', () => {
    expect(resolveEndpoint(settings, 'my/exact/id').baseUrl).toBe('http://exact/v1');
  });

  it('matches the last segment of a Dify provider id', () => {
    expect(resolveEndpoint(settings, 'langgenius/openai/openai')).toEqual({ baseUrl: 'http://openai/v1', apiKey: 'k1' });
  });

  it('matches a settings key given as a full id to a short provider name', () => {
    expect(resolveEndpoint(settings, 'ollama').baseUrl).toBe('http://ollama/v1');
  });

  it('falls back to the default endpoint', () => {
    expect(resolveEndpoint(settings, 'langgenius/anthropic/anthropic').baseUrl).toBe('http://default/v1');
  });

  it('throws a config LlmError naming the provider when nothing fits', () => {
    let error: unknown;
    try {
      resolveEndpoint({ providers: { openai: { baseUrl: ' ' } } }, 'langgenius/openai/openai');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('config');
    expect((error as LlmError).message).toBe(
      'No LLM endpoint configured for provider langgenius/openai/openai: set FLOWPAD_LLM_BASE_URL or configure it in settings',
    );
  });
});

describe('llmSettingsFromEnv', () => {
  it('builds the default endpoint from FLOWPAD_LLM_*', () => {
    expect(llmSettingsFromEnv({ FLOWPAD_LLM_BASE_URL: 'http://127.0.0.1:8080/v1', FLOWPAD_LLM_API_KEY: 'sk', FLOWPAD_LLM_MODEL: 'qwen' })).toEqual({
      default: { baseUrl: 'http://127.0.0.1:8080/v1', apiKey: 'sk', model: 'qwen' },
    });
    expect(llmSettingsFromEnv({ FLOWPAD_LLM_BASE_URL: 'http://x/v1' })).toEqual({ default: { baseUrl: 'http://x/v1' } });
  });

  it('gives no endpoint without a base URL', () => {
    expect(llmSettingsFromEnv({ FLOWPAD_LLM_API_KEY: 'sk' })).toEqual({});
  });
});

describe('chatCompletionsUrl', () => {
  it('appends /chat/completions once', () => {
    expect(chatCompletionsUrl('http://h/v1/')).toBe('http://h/v1/chat/completions');
    expect(chatCompletionsUrl('http://h/v1/chat/completions')).toBe('http://h/v1/chat/completions');
  });
});

describe('mapCompletionParams', () => {
  it('keeps known parameters with fixed types and drops the rest', () => {
    expect(mapCompletionParams({ temperature: 0.7, top_p: '0.5', presence_penalty: 0, frequency_penalty: null, max_tokens: '512', seed: 1.9, stop: 'STOP', enable_thinking: true })).toEqual({
      temperature: 0.7, top_p: 0.5, presence_penalty: 0, max_tokens: 512, seed: 1, stop: ['STOP'],
    });
  });

  it("turns Dify's response_format word and json_schema text into OpenAI's object", () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(mapCompletionParams({ response_format: 'json_schema', json_schema: JSON.stringify(schema) })).toEqual({
      response_format: { type: 'json_schema', json_schema: { name: 'output', schema } },
    });
    expect(mapCompletionParams({ response_format: 'text' })).toEqual({});
    expect(mapCompletionParams({ response_format: { type: 'json_object' } })).toEqual({ response_format: { type: 'json_object' } });
  });
});

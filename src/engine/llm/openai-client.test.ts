import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useOpenAiTestServer } from '../../test-support/use-openai-test-server';
import { LlmError, type ChatRequest } from '../llm-client';
import { OpenAiClient } from './openai-client';

const server = useOpenAiTestServer();

function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    provider: 'langgenius/openai/openai',
    model: 'gpt-test',
    messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }],
    params: {},
    stream: false,
    ...overrides,
  };
}

function client(options: { apiKey?: string; timeoutMs?: number; model?: string } = {}): OpenAiClient {
  return new OpenAiClient(
    { default: { baseUrl: server.baseUrl, ...(options.apiKey ? { apiKey: options.apiKey } : {}), ...(options.model ? { model: options.model } : {}) } },
    options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
  );
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('OpenAiClient, whole replies', () => {
  it('posts the messages, key and mapped completion params, and reads choices[0].message', async () => {
    server.enqueue({ content: 'Hello there', usage: { prompt_tokens: 12, completion_tokens: 2 } });
    const result = await client({ apiKey: 'sk-test' }).chat(
      request({ params: { temperature: '0.2', top_p: 0.9, max_tokens: 64.7, stop: ['END'], seed: 3, mystery_knob: true, response_format: 'json_object' } }),
      {},
    );
    expect(result.text).toBe('Hello there');
    expect(result.usage).toEqual({ prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 });
    expect(result.finishReason).toBe('stop');
    const sent = server.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body).toEqual({
      model: 'gpt-test',
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }],
      temperature: 0.2, top_p: 0.9, max_tokens: 64, stop: ['END'], seed: 3,
      response_format: { type: 'json_object' },
      stream: false,
    });
  });

  it('sends no Authorization header without a key, and the endpoint model overrides the node model', async () => {
    server.enqueue({ content: 'ok' });
    const result = await client({ model: 'local-llama' }).chat(request(), {});
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    expect(server.requests[0]!.body!.model).toBe('local-llama');
    expect(result.model).toBe('local-llama');
  });

  it('returns tool calls and reasoning from a whole reply', async () => {
    server.enqueue({ reasoning: 'thinking', toolCalls: [{ id: 'c1', name: 'extract_parameters', arguments: { city: 'Paris' } }] });
    const tools = [{ type: 'function' as const, function: { name: 'extract_parameters', parameters: { type: 'object' } } }];
    const result = await client().chat(request({ tools, toolChoice: 'required' }), {});
    expect(result.toolCalls).toEqual([{ id: 'c1', name: 'extract_parameters', arguments: '{"city":"Paris"}' }]);
    expect(result.reasoning).toBe('thinking');
    expect(result.finishReason).toBe('tool_calls');
    expect(server.requests[0]!.body!.tools).toEqual(tools);
    expect(server.requests[0]!.body!.tool_choice).toBe('required');
  });
});

describe('OpenAiClient, streamed replies', () => {
  it('parses SSE cut across TCP writes (mid-line and mid-character) and calls onChunk per delta in order', async () => {
    const content = 'Héllo wörld 🌍, 你好! A longer sentence to span many writes.';
    server.enqueue({ content, deltaSize: 4, writeSize: 5, usage: { prompt_tokens: 20, completion_tokens: 15 } });
    // The real fetch, with the body's reads recorded to prove the cuts reach the client.
    const reads: Uint8Array[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const tap = new TransformStream<Uint8Array, Uint8Array>({ transform: (chunk, out) => (reads.push(chunk), out.enqueue(chunk)) });
      return new Response(response.body!.pipeThrough(tap), { status: response.status, headers: response.headers });
    };
    const deltas: string[] = [];
    const recording = new OpenAiClient({ default: { baseUrl: server.baseUrl } }, { fetch: recordingFetch });
    const result = await recording.chat(request({ stream: true }), { onChunk: (d) => deltas.push(d) });
    expect(reads.length).toBeGreaterThan(10);
    expect(reads.some((r) => !new TextDecoder().decode(r).endsWith('\n\n'))).toBe(true);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(content);
    expect(result.text).toBe(content);
    expect(result.usage).toEqual({ prompt_tokens: 20, completion_tokens: 15, total_tokens: 35 });
    expect(server.requests[0]!.body!.stream).toBe(true);
    expect(server.requests[0]!.body!.stream_options).toEqual({ include_usage: true });
  });

  it('reports zero usage when the server ignores stream_options', async () => {
    server.enqueue({ content: 'abc', ignoreStreamOptions: true });
    const result = await client().chat(request({ stream: true }), {});
    expect(result.text).toBe('abc');
    expect(result.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
  });

  it('collects streamed reasoning_content apart from the text', async () => {
    server.enqueue({ reasoning: 'Let me think.', content: 'Answer.' });
    const deltas: string[] = [];
    const result = await client().chat(request({ stream: true }), { onChunk: (d) => deltas.push(d) });
    expect(result.reasoning).toBe('Let me think.');
    expect(result.text).toBe('Answer.');
    expect(deltas.join('')).toBe('Answer.');
  });

  it('assembles streamed tool calls from their pieces', async () => {
    server.enqueue({ toolCalls: [{ id: 'call_a', name: 'extract_parameters', arguments: '{"city": "Paris", "days": 3}' }], deltaSize: 2 });
    const result = await client().chat(request({ stream: true }), {});
    expect(result.toolCalls).toEqual([{ id: 'call_a', name: 'extract_parameters', arguments: '{"city": "Paris", "days": 3}' }]);
  });

  it('reads a plain JSON answer to a streamed request and passes its text to onChunk once', async () => {
    server.enqueue({ content: 'whole', ignoreStream: true });
    const deltas: string[] = [];
    const result = await client().chat(request({ stream: true }), { onChunk: (d) => deltas.push(d) });
    expect(result.text).toBe('whole');
    expect(deltas).toEqual(['whole']);
  });
});

describe('OpenAiClient errors', () => {
  it.each([
    [401, 'Incorrect API key provided', 'check the API key'],
    [404, 'The model `gpt-test` does not exist', 'check base URL and model'],
    [429, 'Rate limit reached', 'rate limited'],
    [500, 'upstream exploded', 'LLM server failed'],
    [503, 'overloaded', 'LLM server failed'],
  ])('HTTP %i carries the status, the server message and advice', async (status, message, advice) => {
    server.enqueue({ kind: 'error', status, message });
    const error = await failure(client().chat(request(), {}));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.message).toContain(`HTTP ${status}`);
    expect(error.message).toContain(message);
    expect(error.message).toContain(advice);
  });

  it('reports a plain-text error body as is', async () => {
    server.enqueue({ kind: 'error', status: 502, body: 'Bad gateway from proxy' });
    const error = await failure(client().chat(request(), {}));
    expect(error.message).toContain('Bad gateway from proxy');
  });

  it('reports malformed JSON, whole and streamed', async () => {
    server.enqueue({ kind: 'malformed' });
    const whole = await failure(client().chat(request(), {}));
    expect(whole.kind).toBe('response');
    expect(whole.message).toContain('malformed response');
    server.enqueue({ kind: 'malformed' });
    const streamed = await failure(client().chat(request({ stream: true }), {}));
    expect(streamed.kind).toBe('response');
    expect(streamed.message).toContain('not JSON');
  });

  it('reports a reply without choices as malformed', async () => {
    server.enqueue({ kind: 'malformed', body: '{"object": "chat.completion"}' });
    const error = await failure(client().chat(request(), {}));
    expect(error.message).toContain('no choices');
  });

  it('reports an unreachable server as a network error mentioning CORS', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const unreachable = new OpenAiClient({ default: { baseUrl: `http://127.0.0.1:${port}/v1` } });
    const error = await failure(unreachable.chat(request(), {}));
    expect(error.kind).toBe('network');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('must allow CORS');
  });

  it('times out a slow server', async () => {
    server.enqueue({ content: 'late', delayMs: 3000 });
    const started = Date.now();
    const error = await failure(client().chat(request(), { timeoutMs: 200 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('timed out after 0.2 s');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('times out a stream that stalls after it started', async () => {
    server.enqueue({ content: 'a'.repeat(60), deltaSize: 1, writeSize: 400, writeDelayMs: 250 });
    const deltas: string[] = [];
    const error = await failure(client().chat(request({ stream: true }), { timeoutMs: 400, onChunk: (d) => deltas.push(d) }));
    expect(error.kind).toBe('timeout');
    expect(deltas.length).toBeGreaterThan(0);
  });

  it('stops when the caller aborts mid-stream', async () => {
    server.enqueue({ content: 'x'.repeat(200), deltaSize: 1, writeSize: 30, writeDelayMs: 20 });
    const controller = new AbortController();
    const deltas: string[] = [];
    const pending = client().chat(request({ stream: true }), {
      signal: controller.signal,
      onChunk: (d) => {
        deltas.push(d);
        if (deltas.length === 3) controller.abort();
      },
    });
    const error = await failure(pending);
    expect(error.kind).toBe('aborted');
    expect(deltas.join('').length).toBeLessThan(200);
  });

  it('does not send a request when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client().chat(request(), { signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a config error when no endpoint is set', async () => {
    const error = await failure(new OpenAiClient({}).chat(request({ provider: 'langgenius/tongyi/tongyi' }), {}));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      'No LLM endpoint configured for provider langgenius/tongyi/tongyi: set FLOWPAD_LLM_BASE_URL or configure it in settings',
    );
  });
});

/**
 * An LlmClient for OpenAI-compatible chat completion endpoints (OpenAI, vLLM, llama.cpp,
 * Ollama, LM Studio...), over plain `fetch` so it runs in browsers, workers and Node alike.
 */
import { LlmError, type ChatMessage, type ChatRequest, type ChatResult, type LlmClient, type LlmSettings } from '../llm-client';
import { ChatStream, completionResult } from './chat-response';
import { mapCompletionParams } from './completion-params';
import { chatCompletionsUrl, resolveEndpoint } from './endpoint';
import { httpFailure, malformed, requestFailure, type RequestSignals } from './llm-failures';
import { SseDecoder } from './sse';

export { resolveEndpoint, llmSettingsFromEnv, chatCompletionsUrl } from './endpoint';

/** Five minutes: long generations stream for a while. */
export const DEFAULT_LLM_TIMEOUT_MS = 300_000;

export interface OpenAiClientOptions {
  /** Time limit for a request when the caller gives none. */
  timeoutMs?: number;
  /** The transport; the global `fetch` by default. */
  fetch?: typeof fetch;
}

function wireMessage(message: ChatMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { role: message.role, content: message.content };
  if (message.tool_call_id !== undefined) out.tool_call_id = message.tool_call_id;
  return out;
}

export function chatRequestBody(request: ChatRequest, model: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model,
    messages: request.messages.map(wireMessage),
    ...mapCompletionParams(request.params),
    stream: request.stream,
  };
  if (request.stream) body.stream_options = { include_usage: true };
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools;
    if (request.toolChoice !== undefined) body.tool_choice = request.toolChoice;
  }
  return body;
}

function parsePayload(data: string): unknown[] {
  try {
    return [JSON.parse(data)];
  } catch {
    // A server that omits the blank line between events leaves several JSON lines in one event.
    const lines = data.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '[DONE]');
    if (lines.length < 2) throw malformed(`a stream chunk is not JSON: ${data.slice(0, 200)}`);
    try {
      return lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      throw malformed(`a stream chunk is not JSON: ${data.slice(0, 200)}`);
    }
  }
}

async function readStream(response: Response, model: string, onChunk?: (text: string) => void): Promise<ChatResult> {
  if (!response.body) throw malformed('the streamed reply has no body');
  const stream = new ChatStream(onChunk);
  const sse = new SseDecoder();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let done = false;
  const handle = (events: string[]): void => {
    for (const data of events) {
      if (done) return;
      if (data.trim() === '[DONE]') {
        done = true;
        return;
      }
      for (const payload of parsePayload(data)) stream.add(payload);
    }
  };
  try {
    while (!done) {
      const read = await reader.read();
      if (read.done) {
        handle(sse.push(decoder.decode()));
        handle(sse.end());
        break;
      }
      handle(sse.push(decoder.decode(read.value, { stream: true })));
    }
  } finally {
    if (done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  return stream.result(model);
}

async function readWhole(response: Response, model: string, onChunk?: (text: string) => void): Promise<ChatResult> {
  const text = await response.text();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw malformed(`the reply is not JSON: ${text.slice(0, 200) || '(empty body)'}`);
  }
  const result = completionResult(payload, model);
  if (onChunk && result.text) onChunk(result.text);
  return result;
}

export class OpenAiClient implements LlmClient {
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly settings: LlmSettings,
    options: OpenAiClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
    this.fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  }

  async chat(
    request: ChatRequest,
    options: { signal?: AbortSignal; onChunk?: (text: string) => void; timeoutMs?: number } = {},
  ): Promise<ChatResult> {
    const endpoint = resolveEndpoint(this.settings, request.provider);
    const model = endpoint.model?.trim() || request.model;
    if (!model) throw new LlmError(`No model name for provider ${request.provider}: choose a model on the node or set FLOWPAD_LLM_MODEL`, 'config');
    const url = chatCompletionsUrl(endpoint.baseUrl);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const signals: RequestSignals = { timeout: AbortSignal.timeout(timeoutMs), timeoutMs, url };
    if (options.signal) signals.caller = options.signal;
    if (options.signal?.aborted) throw new LlmError('The LLM request was aborted', 'aborted');
    const signal = options.signal ? AbortSignal.any([options.signal, signals.timeout]) : signals.timeout;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: request.stream ? 'text/event-stream' : 'application/json',
    };
    if (endpoint.apiKey) headers.Authorization = `Bearer ${endpoint.apiKey}`;
    try {
      const response = await this.fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(chatRequestBody(request, model)), signal });
      if (!response.ok) throw await httpFailure(response, url, model);
      const type = response.headers.get('content-type') ?? '';
      // A server that ignores `stream` answers with plain JSON; read it whole.
      if (request.stream && !type.includes('application/json')) return await readStream(response, model, options.onChunk);
      return await readWhole(response, model, options.onChunk);
    } catch (error) {
      throw requestFailure(error, signals);
    }
  }
}

/** The client for the given settings (the CLI passes `llmSettingsFromEnv(process.env)`). */
export function createOpenAiClient(settings: LlmSettings, options?: OpenAiClientOptions): LlmClient {
  return new OpenAiClient(settings, options);
}

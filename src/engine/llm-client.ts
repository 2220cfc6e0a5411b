/**
 * The LLM service the llm, question-classifier and parameter-extractor nodes call: an
 * OpenAI-compatible chat completions endpoint the user configures. Dify's provider/model pair
 * maps to a base URL, key and model name through LlmSettings.
 */

export type ChatContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string; detail?: 'high' | 'low' } };

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | ChatContentPart[];
  tool_call_id?: string;
}

export interface ChatTool {
  type: 'function';
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

export interface ChatRequest {
  /** Dify's provider id (`langgenius/openai/openai`) and model name, as the node holds them. */
  provider: string;
  model: string;
  messages: ChatMessage[];
  /** completion_params: temperature, top_p, max_tokens, stop, response_format... */
  params: Record<string, unknown>;
  stream: boolean;
  tools?: ChatTool[];
  toolChoice?: unknown;
}

export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatResult {
  text: string;
  reasoning?: string;
  usage: ChatUsage;
  finishReason?: string;
  toolCalls?: { id: string; name: string; arguments: string }[];
  model: string;
}

export interface LlmClient {
  /** Calls the model; `onChunk` receives streamed text deltas as they arrive. Throws LlmError. */
  chat(request: ChatRequest, options: { signal?: AbortSignal; onChunk?: (text: string) => void; timeoutMs?: number }): Promise<ChatResult>;
}

/** Where requests for a Dify provider go. */
export interface LlmEndpoint {
  baseUrl: string;
  apiKey?: string;
  /** Model name to send instead of the node's (a local server usually has one model). */
  model?: string;
}

export interface LlmSettings {
  /** Used for every provider not listed in `providers`. */
  default?: LlmEndpoint;
  /** Keyed by Dify provider id or its last part (`openai`, `langgenius/openai/openai`). */
  providers?: Record<string, LlmEndpoint>;
}

export class LlmError extends Error {
  constructor(message: string, readonly kind: 'config' | 'network' | 'http' | 'timeout' | 'aborted' | 'response', readonly status?: number) {
    super(message);
    this.name = 'LlmError';
  }
}

/**
 * What the llm, question-classifier and parameter-extractor executors share: reading the
 * node's model config, turning files into image parts, calling the LlmClient with the run's
 * signal, and reporting failures as NodeRunError with a Dify-like error type.
 */
import type { DslNodeData } from '../../dsl';
import { isFileValue, type FileValue } from '../file-value';
import { LlmError, type ChatContentPart, type ChatMessage, type ChatResult, type ChatTool, type ChatUsage } from '../llm-client';
import { NodeRunError, type NodeRunContext } from '../node-executor';
import type { VariablePool } from '../variable-pool';

export interface NodeModel {
  provider: string;
  name: string;
  mode: 'chat' | 'completion';
  /** completion_params, with `{{#…#}}` references in text values rendered. */
  params: Record<string, unknown>;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function nodeModel(data: DslNodeData, pool: VariablePool): NodeModel {
  const model = record(data.model);
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record(model.completion_params))) {
    params[key] = typeof value === 'string' && value.includes('{{#') ? pool.render(value).text : value;
  }
  return {
    provider: typeof model.provider === 'string' ? model.provider : '',
    name: typeof model.name === 'string' ? model.name : '',
    mode: model.mode === 'completion' ? 'completion' : 'chat',
    params,
  };
}

export interface VisionSettings {
  enabled: boolean;
  detail: 'high' | 'low';
  selector: string[];
}

export function visionSettings(data: DslNodeData): VisionSettings {
  const vision = record(data.vision);
  const configs = record(vision.configs);
  const selector = Array.isArray(configs.variable_selector) && configs.variable_selector.length > 0
    ? configs.variable_selector.filter((s): s is string => typeof s === 'string')
    : ['sys', 'files'];
  return { enabled: vision.enabled === true, detail: configs.detail === 'low' ? 'low' : 'high', selector };
}

/** The files a value holds (a file, or a list with files in it). */
export function filesIn(value: unknown): FileValue[] {
  if (isFileValue(value)) return [value];
  return Array.isArray(value) ? value.filter(isFileValue) : [];
}

function isImage(file: FileValue): boolean {
  return file.type === 'image' || (typeof file.mime_type === 'string' && file.mime_type.startsWith('image/'));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An image file as an image_url part: its URL, or a data URL when it only exists in this page (blob:). */
export async function imagePart(file: FileValue, detail: 'high' | 'low', ctx: NodeRunContext): Promise<ChatContentPart | undefined> {
  if (!isImage(file)) return undefined;
  const url = file.url ?? file.remote_url;
  if (typeof url !== 'string' || url === '') return undefined;
  if (!url.startsWith('blob:')) return { type: 'image_url', image_url: { url, detail } };
  const response = await ctx.services.fetch(url, { signal: ctx.signal });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const mime = file.mime_type || response.headers.get('content-type') || 'image/png';
  return { type: 'image_url', image_url: { url: `data:${mime};base64,${base64(bytes)}`, detail } };
}

export async function imageParts(files: FileValue[], detail: 'high' | 'low', ctx: NodeRunContext): Promise<ChatContentPart[]> {
  const seen = new Set<string>();
  const parts: ChatContentPart[] = [];
  for (const file of files) {
    const part = await imagePart(file, detail, ctx);
    if (!part || part.type !== 'image_url' || seen.has(part.image_url.url)) continue;
    seen.add(part.image_url.url);
    parts.push(part);
  }
  return parts;
}

/**
 * Dify's rule for vision files: they go in front of the last message's content when that is a
 * user message, or in a user message of their own.
 */
export function withImages(messages: ChatMessage[], images: ChatContentPart[]): ChatMessage[] {
  const last = messages[messages.length - 1];
  const existing: ChatContentPart[] = !last ? [] : typeof last.content === 'string' ? (last.content ? [{ type: 'text', text: last.content }] : []) : last.content;
  // An image the template already put in that message (`{{#sys.files#}}`) is not sent twice.
  const present = new Set(existing.flatMap((p) => (p.type === 'image_url' ? [p.image_url.url] : [])));
  const fresh = images.filter((p) => p.type !== 'image_url' || !present.has(p.image_url.url));
  if (fresh.length === 0) return messages;
  if (last?.role === 'user') return [...messages.slice(0, -1), { ...last, content: [...fresh, ...existing] }];
  return [...messages, { role: 'user', content: fresh }];
}

/** The run log's view of the prompt: role, text and image URLs (data URLs shortened). */
export function promptsForLog(messages: ChatMessage[]): { role: string; text: string; files: string[] }[] {
  return messages.map((m) => {
    if (typeof m.content === 'string') return { role: m.role, text: m.content, files: [] };
    const text = m.content.map((p) => (p.type === 'text' ? p.text : '')).join('');
    const files = m.content.flatMap((p) => (p.type === 'image_url' ? [p.image_url.url.startsWith('data:') ? `${p.image_url.url.slice(0, 40)}…` : p.image_url.url] : []));
    return { role: m.role, text, files };
  });
}

export function usageOutput(usage: ChatUsage): ChatUsage {
  return { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens, total_tokens: usage.total_tokens };
}

/** Dify's error type names for model invocation failures. */
export function llmErrorType(error: LlmError): string {
  if (error.kind === 'http') {
    if (error.status === 401 || error.status === 403) return 'InvokeAuthorizationError';
    if (error.status === 429) return 'InvokeRateLimitError';
    if ((error.status ?? 0) >= 500) return 'InvokeServerUnavailableError';
    return 'InvokeBadRequestError';
  }
  if (error.kind === 'network' || error.kind === 'timeout') return 'InvokeConnectionError';
  if (error.kind === 'config') return 'ModelNotConfiguredError';
  return 'InvokeError';
}

export interface InvokeOptions {
  stream: boolean;
  /** Overrides merged over the node's completion_params. */
  params?: Record<string, unknown>;
  tools?: ChatTool[];
  toolChoice?: unknown;
  onChunk?: (text: string) => void;
  /** Shown in the run log when the call fails. */
  partial?: { inputs?: Record<string, unknown>; processData?: Record<string, unknown> };
}

export async function invokeModel(ctx: NodeRunContext, model: NodeModel, messages: ChatMessage[], options: InvokeOptions): Promise<ChatResult> {
  try {
    return await ctx.services.llm.chat(
      {
        provider: model.provider,
        model: model.name,
        messages,
        params: { ...model.params, ...options.params },
        stream: options.stream,
        ...(options.tools ? { tools: options.tools } : {}),
        ...(options.toolChoice !== undefined ? { toolChoice: options.toolChoice } : {}),
      },
      { signal: ctx.signal, ...(options.onChunk ? { onChunk: options.onChunk } : {}) },
    );
  } catch (error) {
    if (error instanceof NodeRunError) throw error;
    if (error instanceof LlmError) throw new NodeRunError(error.message, llmErrorType(error), options.partial);
    const message = error instanceof Error ? error.message : String(error);
    throw new NodeRunError(`The model call failed: ${message}`, 'InvokeError', options.partial);
  }
}

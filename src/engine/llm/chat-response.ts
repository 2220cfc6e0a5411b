/**
 * Reading an OpenAI chat completion: a whole JSON reply, or the chunks of a streamed one
 * (content and reasoning deltas, tool calls assembled from their pieces, usage in the last chunk).
 */
import type { ChatResult, ChatUsage } from '../llm-client';
import { malformed, serverErrorMessage } from './llm-failures';

type Json = Record<string, unknown>;

function recordOf(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  // Some servers send content as a list of parts.
  if (Array.isArray(value)) return value.map((part) => (typeof part === 'string' ? part : textOf(recordOf(part).text))).join('');
  return '';
}

const ZERO_USAGE: ChatUsage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function usageOf(value: unknown): ChatUsage | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const u = value as Json;
  const prompt = count(u.prompt_tokens);
  const completion = count(u.completion_tokens);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: count(u.total_tokens) || prompt + completion };
}

function errorIn(payload: Json): string | undefined {
  if (payload.error === undefined || payload.error === null) return undefined;
  return serverErrorMessage(JSON.stringify(payload)) || 'unknown error';
}

/** A non-streamed reply: `choices[0].message`. */
export function completionResult(payload: unknown, fallbackModel: string): ChatResult {
  const body = recordOf(payload);
  const error = errorIn(body);
  if (error) throw malformed(`the server reported an error: ${error}`);
  if (!Array.isArray(body.choices) || body.choices.length === 0) throw malformed('no choices in the reply');
  const choice = recordOf(body.choices[0]);
  const message = recordOf(choice.message ?? choice.delta);
  const toolCalls = Array.isArray(message.tool_calls)
    ? message.tool_calls.map((raw, i) => {
        const call = recordOf(raw);
        const fn = recordOf(call.function);
        const args = fn.arguments;
        return { id: typeof call.id === 'string' ? call.id : `call_${i}`, name: textOf(fn.name), arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}) };
      })
    : undefined;
  const result: ChatResult = {
    text: textOf(message.content ?? choice.text),
    usage: usageOf(body.usage) ?? { ...ZERO_USAGE },
    model: typeof body.model === 'string' && body.model ? body.model : fallbackModel,
  };
  const reasoning = textOf(message.reasoning_content ?? message.reasoning);
  if (reasoning) result.reasoning = reasoning;
  if (typeof choice.finish_reason === 'string') result.finishReason = choice.finish_reason;
  if (toolCalls && toolCalls.length > 0) result.toolCalls = toolCalls;
  return result;
}

interface ToolCallParts {
  id: string;
  name: string;
  arguments: string;
}

/** Folds streamed chunks into one ChatResult. */
export class ChatStream {
  private text = '';
  private reasoning = '';
  private usage: ChatUsage | undefined;
  private finishReason: string | undefined;
  private model: string | undefined;
  private readonly toolCalls = new Map<number, ToolCallParts>();

  constructor(private readonly onChunk?: (text: string) => void) {}

  /** One `data:` payload (already JSON-parsed). */
  add(payload: unknown): void {
    const chunk = recordOf(payload);
    const error = errorIn(chunk);
    if (error) throw malformed(`the server reported an error mid-stream: ${error}`);
    if (typeof chunk.model === 'string' && chunk.model) this.model = chunk.model;
    const usage = usageOf(chunk.usage);
    if (usage) this.usage = usage;
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    const choice = recordOf(choices[0]);
    const delta = recordOf(choice.delta ?? choice.message);
    const content = textOf(delta.content ?? choice.text);
    if (content) {
      this.text += content;
      this.onChunk?.(content);
    }
    this.reasoning += textOf(delta.reasoning_content ?? delta.reasoning);
    if (Array.isArray(delta.tool_calls)) for (const raw of delta.tool_calls) this.addToolCall(recordOf(raw));
    if (typeof choice.finish_reason === 'string') this.finishReason = choice.finish_reason;
  }

  private addToolCall(piece: Json): void {
    const index = typeof piece.index === 'number' ? piece.index : this.toolCalls.size;
    let call = this.toolCalls.get(index);
    if (!call) this.toolCalls.set(index, (call = { id: '', name: '', arguments: '' }));
    if (typeof piece.id === 'string' && piece.id) call.id = piece.id;
    const fn = recordOf(piece.function);
    if (typeof fn.name === 'string') call.name += fn.name;
    if (typeof fn.arguments === 'string') call.arguments += fn.arguments;
    else if (fn.arguments !== undefined && fn.arguments !== null) call.arguments += JSON.stringify(fn.arguments);
  }

  result(fallbackModel: string): ChatResult {
    const result: ChatResult = { text: this.text, usage: this.usage ?? { ...ZERO_USAGE }, model: this.model ?? fallbackModel };
    if (this.reasoning) result.reasoning = this.reasoning;
    if (this.finishReason) result.finishReason = this.finishReason;
    const calls = [...this.toolCalls.entries()].sort(([a], [b]) => a - b).map(([i, c]) => ({ ...c, id: c.id || `call_${i}` }));
    if (calls.length > 0) result.toolCalls = calls;
    return result;
  }
}

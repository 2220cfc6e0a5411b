/**
 * Turning what went wrong in a chat request into an LlmError whose message says what to do:
 * HTTP status with the server's own message, unreachable servers (CORS included), timeouts,
 * aborts and malformed replies.
 */
import { LlmError } from '../llm-client';

const MAX_SERVER_MESSAGE = 500;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SERVER_MESSAGE ? `${flat.slice(0, MAX_SERVER_MESSAGE)}…` : flat;
}

/** The message an OpenAI-style error body carries: `{error:{message}}`, `{error}`, `{message}`, `{detail}`. */
export function serverErrorMessage(body: string): string {
  if (body.trim() === '') return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return clip(body);
  }
  const record = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const error = record.error;
  if (typeof error === 'string') return clip(error);
  if (error !== null && typeof error === 'object' && typeof (error as Record<string, unknown>).message === 'string') {
    return clip((error as Record<string, string>).message!);
  }
  if (typeof record.message === 'string') return clip(record.message);
  if (typeof record.detail === 'string') return clip(record.detail);
  if (Array.isArray(record.detail)) {
    return clip(record.detail.map((d) => (d !== null && typeof d === 'object' ? String((d as Record<string, unknown>).msg ?? '') : String(d))).join('; '));
  }
  return clip(body);
}

function advice(status: number, url: string, model: string): string {
  if (status === 401 || status === 403) return 'check the API key';
  if (status === 404) return `check base URL and model: ${url}, model ${model}`;
  if (status === 408) return 'the server timed out; try again';
  if (status === 413) return 'the prompt is too large for the server';
  if (status === 429) return 'rate limited or out of quota; wait and retry, or check your plan';
  if (status >= 500) return 'the LLM server failed; try again later or check its logs';
  return '';
}

export async function httpFailure(response: Response, url: string, model: string): Promise<LlmError> {
  const body = await response.text().catch(() => '');
  const server = serverErrorMessage(body);
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const hint = advice(response.status, url, model);
  const message = `LLM request failed with ${status}${server ? `: ${server}` : ''}${hint ? ` (${hint})` : ''}`;
  return new LlmError(message, 'http', response.status);
}

export function malformed(detail: string): LlmError {
  return new LlmError(`The LLM endpoint returned a malformed response: ${detail}`, 'response');
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause !== null && typeof cause === 'object' ? (cause as Record<string, unknown>).code : undefined;
  const causeText = cause instanceof Error ? cause.message : typeof code === 'string' ? code : '';
  return causeText && !error.message.includes(causeText) ? `${error.message}: ${causeText}` : error.message;
}

export interface RequestSignals {
  caller?: AbortSignal;
  timeout: AbortSignal;
  timeoutMs: number;
  url: string;
}

/** A thrown fetch or body-read error, classified by which signal (if any) fired. */
export function requestFailure(error: unknown, signals: RequestSignals): LlmError {
  if (error instanceof LlmError) return error;
  if (signals.caller?.aborted) return new LlmError('The LLM request was aborted', 'aborted');
  if (signals.timeout.aborted) {
    const seconds = Math.round(signals.timeoutMs / 100) / 10;
    return new LlmError(`The LLM request timed out after ${seconds} s (${signals.url})`, 'timeout');
  }
  if (error instanceof TypeError) {
    return new LlmError(
      `Could not reach the LLM endpoint ${signals.url}: the request was blocked or the server is unreachable; if it is another origin, it must allow CORS (${causeOf(error)})`,
      'network',
    );
  }
  if (error instanceof SyntaxError) return malformed(error.message);
  return new LlmError(`The LLM request failed: ${causeOf(error)}`, 'network');
}

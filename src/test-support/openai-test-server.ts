/**
 * A real OpenAI-compatible server for tests: `node:http` on 127.0.0.1, a random port,
 * `POST /v1/chat/completions` streamed (SSE written in small pieces across separate TCP writes,
 * cutting lines and UTF-8 characters) or whole. Replies are scripted (a queue, or a function of
 * the request); every request is recorded. It can answer with an HTTP error, malformed JSON,
 * tool calls, or after a delay.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: Record<string, unknown> | undefined;
  rawBody: string;
}

export interface ScriptedToolCall {
  id?: string;
  name: string;
  /** JSON text, or a value to serialise. */
  arguments: string | Record<string, unknown>;
}

export interface ScriptedCompletion {
  kind?: 'completion';
  content?: string;
  /** Sent as `reasoning_content`. */
  reasoning?: string;
  toolCalls?: ScriptedToolCall[];
  /** Default {prompt_tokens: 7, completion_tokens: 3}; null sends no usage at all. */
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens?: number } | null;
  finishReason?: string;
  model?: string;
  /** Streamed content is cut into deltas of this many characters (default 3). */
  deltaSize?: number;
  /** The SSE bytes go out in writes of this many bytes (default 16), each its own TCP write. */
  writeSize?: number;
  /** Pause between writes, ms (default 0: the next event-loop turn). */
  writeDelayMs?: number;
  /** Behave like a server that ignores `stream_options.include_usage`. */
  ignoreStreamOptions?: boolean;
  /** Answer a streamed request with one JSON body, as servers that ignore `stream` do. */
  ignoreStream?: boolean;
  /** Wait this long before answering at all, ms. */
  delayMs?: number;
}

export interface ScriptedError {
  kind: 'error';
  status: number;
  /** Put into `{error: {message}}` unless `body` is given. */
  message?: string;
  body?: string;
  delayMs?: number;
}

export interface ScriptedMalformed {
  kind: 'malformed';
  /** The broken body; default a truncated JSON object. */
  body?: string;
  /** For streamed requests: send this broken SSE `data:` payload instead. */
  streamData?: string;
}

export type ScriptedReply = ScriptedCompletion | ScriptedError | ScriptedMalformed;

export interface OpenAiTestServer {
  /** `http://127.0.0.1:<port>/v1`, what an endpoint's baseUrl takes. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue replies; each request takes the next one. */
  enqueue(...replies: ScriptedReply[]): void;
  /** Answer with a function of the request when the queue is empty. */
  setHandler(handler: ((request: RecordedRequest) => ScriptedReply) | undefined): void;
  close(): Promise<void>;
}

const DEFAULT_USAGE = { prompt_tokens: 7, completion_tokens: 3 };

function pieces(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

function toolArguments(call: ScriptedToolCall): string {
  return typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
}

function usageOf(reply: ScriptedCompletion): Record<string, number> | undefined {
  if (reply.usage === null) return undefined;
  const u: { prompt_tokens: number; completion_tokens: number; total_tokens?: number } = reply.usage ?? DEFAULT_USAGE;
  return { prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.total_tokens ?? u.prompt_tokens + u.completion_tokens };
}

function wholeCompletion(reply: ScriptedCompletion, model: string): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: reply.toolCalls && reply.content === undefined ? null : (reply.content ?? '') };
  if (reply.reasoning !== undefined) message.reasoning_content = reply.reasoning;
  if (reply.toolCalls) {
    message.tool_calls = reply.toolCalls.map((c, i) => ({ id: c.id ?? `call_${i}`, type: 'function', function: { name: c.name, arguments: toolArguments(c) } }));
  }
  const body: Record<string, unknown> = {
    id: 'chatcmpl-test', object: 'chat.completion', created: 0, model,
    choices: [{ index: 0, message, finish_reason: reply.finishReason ?? (reply.toolCalls ? 'tool_calls' : 'stop') }],
  };
  const usage = usageOf(reply);
  if (usage) body.usage = usage;
  return body;
}

function streamEvents(reply: ScriptedCompletion, model: string, includeUsage: boolean): string[] {
  const size = reply.deltaSize ?? 3;
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] });
  const events = [chunk({ role: 'assistant', content: '' })];
  for (const part of pieces(reply.reasoning ?? '', size)) events.push(chunk({ reasoning_content: part }));
  for (const part of pieces(reply.content ?? '', size)) events.push(chunk({ content: part }));
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    events.push(chunk({ tool_calls: [{ index, id: call.id ?? `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const part of pieces(toolArguments(call), size)) events.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }));
  }
  events.push(chunk({}, reply.finishReason ?? (reply.toolCalls ? 'tool_calls' : 'stop')));
  const usage = usageOf(reply);
  if (includeUsage && usage) events.push(JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices: [], usage }));
  events.push('[DONE]');
  return events;
}

export interface TestServerOptions {
  /** Answer CORS preflights and allow any origin, as a browser-facing endpoint must. */
  cors?: boolean;
}

export async function startOpenAiTestServer(options: TestServerOptions = {}): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedReply[] = [];
  let handler: ((request: RecordedRequest) => ScriptedReply) | undefined;
  const sockets = new Set<Socket>();
  let closing = false;
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  /** A pause that close() cuts short. */
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.set(timer, resolve);
    });

  async function writeSlowly(res: ServerResponse, text: string, reply: ScriptedCompletion): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    const size = reply.writeSize ?? 16;
    for (let i = 0; i < bytes.length && !closing && !res.destroyed; i += size) {
      res.write(bytes.subarray(i, i + size));
      if (reply.writeDelayMs) await sleep(reply.writeDelayMs);
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  async function answer(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<void> {
    if (recorded.method !== 'POST' || !/\/chat\/completions$/.test(recorded.path)) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { message: `Unknown path ${recorded.path}` } }));
      return;
    }
    const reply: ScriptedReply = queue.shift() ?? handler?.(recorded) ?? { kind: 'error', status: 500, message: 'test server: no scripted reply' };
    if (reply.kind !== 'malformed' && reply.delayMs) await sleep(reply.delayMs);
    if (closing || res.destroyed) return;
    const body = recorded.body ?? {};
    const model = typeof body.model === 'string' ? body.model : 'test-model';
    const streamed = body.stream === true;
    if (reply.kind === 'error') {
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(reply.body ?? JSON.stringify({ error: { message: reply.message ?? 'error', type: 'test_error' } }));
      return;
    }
    if (reply.kind === 'malformed') {
      if (streamed) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        res.end(`data: ${reply.streamData ?? '{"choices": [{"delta": {"content": "x"'}\n\n`);
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(reply.body ?? '{"choices": [');
      }
      return;
    }
    if (!streamed || reply.ignoreStream) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(wholeCompletion(reply, reply.model ?? model)));
      return;
    }
    const options = body.stream_options as { include_usage?: unknown } | undefined;
    const includeUsage = options?.include_usage === true && !reply.ignoreStreamOptions;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.flushHeaders();
    const text = streamEvents(reply, reply.model ?? model, includeUsage).map((data) => `data: ${data}\n\n`).join('');
    await writeSlowly(res, text, reply);
    res.end();
  }

  const server = createServer((req, res) => {
    if (options.cors) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'authorization, content-type', 'Access-Control-Max-Age': '600' }).end();
        return;
      }
    }
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const rawBody = Buffer.concat(parts).toString('utf8');
      let body: Record<string, unknown> | undefined;
      try {
        const parsed: unknown = JSON.parse(rawBody);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, body, rawBody };
      requests.push(recorded);
      answer(req, res, recorded).catch(() => res.destroy());
    });
  });
  server.on('connection', (socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setHandler: (next) => {
      handler = next;
    },
    close: async () => {
      closing = true;
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/**
 * HTTP Request executor (dify-dsl.md 2.10) over `ctx.services.fetch`. A non-2xx status fails
 * the node only when retry or an error strategy is configured; otherwise it succeeds with the
 * status. Browsers cannot skip TLS verification: `ssl_verify: false` is noted, not honoured.
 */
import type { DslNodeData } from '../../dsl';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import { recordOf } from '../node-spec';
import { buildRequest, requestLog, type BuiltRequest } from './request-builder';
import {
  decodeText, isFileResponse, MAX_FILE_SIZE, MAX_TEXT_SIZE, parseContentDisposition, readBody, responseFile, sizeError,
} from './response-reader';

/** Dify's server maxima, used when a timeout is missing or 0 (seconds). */
export const DEFAULT_TIMEOUTS = { connect: 10, read: 600, write: 600 };

function timeouts(data: DslNodeData) {
  const t = recordOf(data.timeout);
  const pick = (v: unknown, fallback: number) => (typeof v === 'number' && v > 0 ? v : fallback);
  const connect = pick(t.connect, DEFAULT_TIMEOUTS.connect);
  const read = pick(t.read, DEFAULT_TIMEOUTS.read);
  const write = pick(t.write, DEFAULT_TIMEOUTS.write);
  return { connect, read, write, total: connect + read + write };
}

/** Non-2xx fails the node only with retry enabled or an error strategy (Dify's rule). */
function statusFails(data: DslNodeData): boolean {
  const strategy = data.error_strategy;
  return recordOf(data.retry_config).retry_enabled === true || strategy === 'fail-branch' || strategy === 'default-value';
}

function networkError(e: unknown, request: BuiltRequest, total: number, processData: Record<string, unknown>): NodeRunError {
  if (e instanceof DOMException && e.name === 'TimeoutError') {
    return new NodeRunError(`The request to ${request.url} timed out after ${total} s (connect + read + write timeouts)`, 'HttpRequestNodeError', { processData });
  }
  const reason = e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e);
  return new NodeRunError(
    `${request.method} ${request.url} failed (${reason}): the request was blocked or the server is unreachable; a browser needs the server to allow CORS from this page`,
    'HttpRequestNodeError',
    { processData },
  );
}

export const httpRequestRun: NodeExecutor = async (data, ctx) => {
  const request = await buildRequest(data, ctx);
  const processData: Record<string, unknown> = { request: requestLog(request) };
  if (data.ssl_verify === false) processData.ssl_verify = 'ssl_verify is off in this node, but browsers always verify TLS certificates';
  let body = request.body;
  if (body !== undefined && (request.method === 'GET' || request.method === 'HEAD')) {
    processData.body_dropped = `A ${request.method} request cannot carry a body in a browser; the body was not sent`;
    body = undefined;
  }
  const limit = timeouts(data);
  const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(Math.ceil(limit.total * 1000))]);
  let response: Response;
  let read: { bytes: Uint8Array; truncated: boolean };
  try {
    // Called unbound: a browser's fetch throws "Illegal invocation" when `this` is another object.
    const send = ctx.services.fetch;
    response = await send(request.url, { method: request.method, headers: [...request.headers], body, signal, redirect: 'follow' });
    read = await readBody(response, MAX_FILE_SIZE);
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    if (e instanceof TypeError && /header/i.test(e.message)) throw new NodeRunError(`Invalid request header: ${e.message}`, 'HttpRequestNodeError', { processData });
    throw networkError(e, request, limit.total, processData);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const disposition = parseContentDisposition(response.headers.get('content-disposition'));
  const isFile = isFileResponse(contentType, disposition, read.bytes);
  if (read.truncated || read.bytes.length > (isFile ? MAX_FILE_SIZE : MAX_TEXT_SIZE)) {
    const declared = Number(response.headers.get('content-length'));
    const size = Number.isFinite(declared) && declared > read.bytes.length ? declared : read.bytes.length;
    const error = sizeError(isFile, size, read.truncated && !(declared > read.bytes.length));
    throw new NodeRunError(error.message, error.errorType, { processData });
  }
  const files = isFile ? [responseFile(request.url, contentType, disposition, read.bytes)] : [];
  const outputs = {
    status_code: response.status,
    body: isFile ? '' : decodeText(read.bytes, contentType),
    headers: Object.fromEntries(response.headers),
    files,
  };
  if (!response.ok && statusFails(data)) {
    throw new NodeRunError(`Request failed with status code ${response.status}`, 'HTTPResponseCodeError', { processData });
  }
  return { outputs, processData };
};

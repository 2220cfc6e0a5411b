/**
 * The request an http-request node sends (dify-dsl.md 2.10), assembled as Dify's Executor
 * does: url, params, headers, authorization and body, each rendered against the pool.
 */
import type { DslNodeData } from '../../dsl';
import { isFileValue, type FileValue } from '../../engine/file-value';
import { NodeRunError, type NodeRunContext } from '../../engine/node-executor';
import { pythonRepr } from '../../engine/python-format';
import { fileBytes } from '../document-extractor/file-content';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';
import { parseLenientJson } from './json-repair';
import { parseHeaders, parseParams, withParams } from './key-value-lines';

const METHODS = ['get', 'head', 'post', 'put', 'delete', 'patch'];
const BODY_CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  'x-www-form-urlencoded': 'application/x-www-form-urlencoded',
  'raw-text': 'text/plain',
};

export interface BuiltRequest {
  method: string;
  url: string;
  headers: Map<string, string>;
  body?: BodyInit;
  /** The body as text for the request log. */
  bodyLog: string;
  /** The header whose value the log masks. */
  authHeader?: string;
}

function requestError(message: string, errorType = 'HttpRequestNodeError'): never {
  throw new NodeRunError(message, errorType);
}

/** `body.data`: a list of items, or a legacy string (one text item). */
function bodyItems(body: Record<string, unknown>): Record<string, unknown>[] {
  if (typeof body.data === 'string') return body.data ? [{ key: '', type: 'text', value: body.data }] : [];
  return listOf(body.data).map(recordOf);
}

function applyAuthorization(data: DslNodeData, ctx: NodeRunContext, headers: Map<string, string>): string | undefined {
  const auth = recordOf(data.authorization);
  if (auth.type !== 'api-key') return undefined;
  if (!auth.config || typeof auth.config !== 'object') requestError('authorization config is required', 'AuthorizationConfigError');
  const config = recordOf(auth.config);
  const key = ctx.pool.render(textOf(config.api_key)).text;
  if (!key.trim()) requestError('API key is required for authorization but was empty. Please provide a valid API key.', 'AuthorizationConfigError');
  const header = textOf(config.header) || 'Authorization';
  if (config.type === 'bearer') headers.set(header, `Bearer ${key}`);
  else if (config.type === 'basic') headers.set(header, `Basic ${key.includes(':') ? base64(key) : key}`);
  else if (config.type === 'custom') headers.set(header, key); // Dify defaults the header before this test
  return header;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function hasHeader(headers: Map<string, string>, name: string): boolean {
  return [...headers.keys()].some((k) => k.toLowerCase() === name.toLowerCase());
}

function exactlyOne(items: Record<string, unknown>[], type: string): Record<string, unknown> {
  if (items.length !== 1) requestError(`${type} body type should have exactly one item`, 'RequestBodyError');
  return items[0]!;
}

async function buildBody(data: DslNodeData, ctx: NodeRunContext, headers: Map<string, string>): Promise<{ body?: BodyInit; log: string }> {
  const body = recordOf(data.body);
  const type = textOf(body.type) || 'none';
  const items = bodyItems(body);
  const render = (v: unknown) => ctx.pool.render(textOf(v)).text;
  if (Object.hasOwn(BODY_CONTENT_TYPES, type) && !hasHeader(headers, 'content-type')) headers.set('Content-Type', BODY_CONTENT_TYPES[type]!);
  switch (type) {
    case 'raw-text': {
      const text = render(exactlyOne(items, 'raw-text').value);
      return { body: text, log: text };
    }
    case 'json': {
      const text = render(exactlyOne(items, 'json').value);
      const parsed = parseLenientJson(text);
      if (parsed === undefined) requestError(`Failed to parse JSON: ${text}`, 'RequestBodyError');
      const json = JSON.stringify(parsed);
      return { body: json, log: json };
    }
    case 'x-www-form-urlencoded': {
      const form = new Map(items.map((item) => [render(item.key), render(item.value)]));
      const encoded = new URLSearchParams([...form]).toString();
      return { body: encoded, log: encoded };
    }
    case 'form-data':
      return formData(items, ctx, headers);
    case 'binary': {
      const selector = selectorOf(exactlyOne(items, 'binary').file);
      const file = ctx.pool.get(selector);
      if (!isFileValue(file)) requestError(`cannot fetch file with selector ${pythonRepr(selector)}`, 'FileFetchError');
      const bytes = await fileBytes(file, ctx.services.fetch, ctx.signal);
      return { body: new Blob([bytes as BlobPart]), log: `<binary_content: size=${bytes.length} bytes>` };
    }
    default:
      return { log: '' };
  }
}

async function formData(items: Record<string, unknown>[], ctx: NodeRunContext, headers: Map<string, string>) {
  // The browser writes the multipart boundary: a Content-Type set by hand would lose it.
  for (const key of [...headers.keys()]) if (key.toLowerCase() === 'content-type') headers.delete(key);
  const form = new FormData();
  const log: string[] = [];
  const texts = new Map<string, string>();
  for (const item of items.filter((i) => i.type !== 'file')) texts.set(ctx.pool.render(textOf(item.key)).text, ctx.pool.render(textOf(item.value)).text);
  for (const [key, value] of texts) {
    form.append(key, value);
    log.push(`${key}=${value}`);
  }
  for (const item of items.filter((i) => i.type === 'file')) {
    const key = ctx.pool.render(textOf(item.key)).text;
    const value = ctx.pool.get(selectorOf(item.file));
    const files = (Array.isArray(value) ? value : [value]).filter(isFileValue) as FileValue[];
    for (const file of files) {
      const bytes = await fileBytes(file, ctx.services.fetch, ctx.signal);
      form.append(key, new Blob([bytes as BlobPart], { type: file.mime_type || 'application/octet-stream' }), file.filename);
      log.push(`${key}=<file_content_binary: '${file.filename}', size=${bytes.length} bytes>`);
    }
  }
  return { body: form, log: log.join('\n') };
}

/** Everything the node sends, or a NodeRunError naming what is wrong with the configuration. */
export async function buildRequest(data: DslNodeData, ctx: NodeRunContext): Promise<BuiltRequest> {
  const authHeaders = new Map<string, string>();
  const authHeader = applyAuthorization(data, ctx, authHeaders);
  const rendered = ctx.pool.render(textOf(data.url)).text;
  if (!rendered) requestError('url is required', 'InvalidURLError');
  if (!rendered.startsWith('http://') && !rendered.startsWith('https://')) requestError('url should start with http:// or https://', 'InvalidURLError');
  const url = withParams(rendered, parseParams(ctx.pool, textOf(data.params)));
  const headers = parseHeaders(ctx.pool, textOf(data.headers));
  for (const [k, v] of authHeaders) headers.set(k, v);
  const method = textOf(data.method).toLowerCase();
  if (!METHODS.includes(method)) requestError(`Invalid http method ${textOf(data.method) || '(none)'}`, 'InvalidHttpMethodError');
  const { body, log } = await buildBody(data, ctx, headers);
  return { method: method.toUpperCase(), url, headers, body, bodyLog: log, authHeader };
}

/** The request as raw HTTP text for the run log, the authorization value masked. */
export function requestLog(request: BuiltRequest): string {
  const parsed = new URL(request.url);
  let raw = `${request.method} ${parsed.pathname || '/'}${parsed.search} HTTP/1.1\r\nHost: ${parsed.host}\r\n`;
  for (const [k, v] of request.headers) {
    const masked = request.authHeader && k.toLowerCase() === request.authHeader.toLowerCase();
    raw += `${k}: ${masked ? '*'.repeat(v.length) : v}\r\n`;
  }
  if (request.bodyLog) raw += `Content-Length: ${request.bodyLog.length}\r\n`;
  return `${raw}\r\n${request.bodyLog}`;
}

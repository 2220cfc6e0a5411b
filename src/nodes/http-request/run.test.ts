import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { NodeRunError, type NodeRunResult } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { httpRequestRun } from './run';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe]);
let server: Server;
let base = '';
let seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const path = (req.url ?? '').split('?')[0];
      if (path === '/status/404') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
      } else if (path === '/png') {
        res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
      } else if (path === '/download') {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="report.bin"' }).end(Buffer.from([1, 2, 3]));
      } else if (path === '/slow') {
        setTimeout(() => res.writeHead(200).end('late'), 1500);
      } else if (path === '/big') {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('x'.repeat(1024 * 1024 + 10));
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Custom': 'yes' }).end(JSON.stringify({ ok: true, method: req.method }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function textFile(filename: string, text: string, mime = 'text/plain'): FileValue {
  return { dify_model_identity: FILE_MARKER, filename, extension: filename.slice(filename.lastIndexOf('.')), type: 'document', transfer_method: 'local_file', mime_type: mime, size: text.length, text };
}

async function send(data: Partial<DslNodeData>): Promise<{ result: NodeRunResult; request: Seen }> {
  seen = [];
  const pool = new VariablePool();
  pool.setAll('start', { q: 'hello world', token: 'sekret', name: 'Ann', multi: 'line1\nline2', doc: textFile('a.txt', 'file body'), port: base });
  const full: DslNodeData = { type: 'http-request', method: 'get', url: `${base}/echo`, authorization: { type: 'no-auth', config: null }, headers: '', params: '', body: { type: 'none', data: [] }, ...data };
  const result = await httpRequestRun(full, makeRunContext({ data: full, pool }).ctx);
  return { result, request: seen[seen.length - 1]! };
}

async function failure(data: Partial<DslNodeData>): Promise<NodeRunError> {
  const e = await send(data).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NodeRunError);
  return e as NodeRunError;
}

describe('httpRequestRun: request', () => {
  it('renders the url and appends params (duplicates kept, key and value rendered)', async () => {
    const { request, result } = await send({ url: `${base}/echo?x=1`, params: 'q:{{#start.q#}}\nq: two \n\n{{#start.name#}}:v\nflag' });
    expect(request.method).toBe('GET');
    expect(request.url).toBe('/echo?x=1&q=hello%20world&q=two&Ann=v&flag=');
    expect(result.outputs.status_code).toBe(200);
    expect(JSON.parse(result.outputs.body as string)).toEqual({ ok: true, method: 'GET' });
    expect((result.outputs.headers as Record<string, string>)['x-custom']).toBe('yes');
    expect(result.outputs.files).toEqual([]);
    expect(result.processData?.request).toMatch(/^GET \/echo\?x=1&q=hello%20world/);
  });

  it('parses header lines after rendering the whole string', async () => {
    const { request } = await send({ headers: 'X-A: {{#start.name#}}\nX-Empty\n X-B : b:c \nX-A: last\nx-c: 1\nX-C: 2' });
    expect(request.headers['x-a']).toBe('last');
    // Keys are case-sensitive, as in Dify's dict: both spellings are sent.
    expect(request.headers['x-c']).toBe('1, 2');
    expect(request.headers['x-empty']).toBe('');
    expect(request.headers['x-b']).toBe('b:c');
  });

  it.each([
    ['bearer', {}, 'authorization', 'Bearer sekret'],
    ['basic', { api_key: 'user:pass' }, 'authorization', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['basic', { api_key: 'already-encoded' }, 'authorization', 'Basic already-encoded'],
    ['custom', { header: 'X-Api-Key' }, 'x-api-key', 'sekret'],
    ['custom', { header: '' }, 'authorization', 'sekret'],
    ['bearer', { header: 'X-Token' }, 'x-token', 'Bearer sekret'],
  ])('authorization %s %j', async (type, extra, header, expected) => {
    const { request, result } = await send({ authorization: { type: 'api-key', config: { type, api_key: '{{#start.token#}}', ...extra } } });
    expect(request.headers[header]).toBe(expected);
    expect(result.processData?.request).not.toContain('sekret');
  });

  it('requires an API key', async () => {
    const e = await failure({ authorization: { type: 'api-key', config: { type: 'bearer', api_key: '  ' } } });
    expect(e.message).toBe('API key is required for authorization but was empty. Please provide a valid API key.');
  });

  it('sends no body for type none', async () => {
    const { request } = await send({ method: 'post' });
    expect(request.method).toBe('POST');
    expect(request.body).toBe('');
    expect(request.headers['content-type']).toBeUndefined();
  });

  it('sends raw text', async () => {
    const { request } = await send({ method: 'post', body: { type: 'raw-text', data: [{ type: 'text', value: 'Hi {{#start.name#}}' }] } });
    expect(request.body).toBe('Hi Ann');
    expect(request.headers['content-type']).toBe('text/plain');
  });

  it('renders, repairs and sends a JSON body', async () => {
    const value = "{\n  'name': \"{{#start.name#}}\",\n  \"text\": \"{{#start.multi#}}\",\n  \"ok\": True,\n}";
    const { request } = await send({ method: 'put', body: { type: 'json', data: [{ type: 'text', value }] } });
    expect(request.method).toBe('PUT');
    expect(JSON.parse(request.body)).toEqual({ name: 'Ann', text: 'line1\nline2', ok: true });
    expect(request.headers['content-type']).toBe('application/json');
  });

  it('keeps a Content-Type the user gave', async () => {
    const { request } = await send({ method: 'post', headers: 'content-type: application/vnd.api+json', body: { type: 'json', data: [{ type: 'text', value: '{"a":1}' }] } });
    expect(request.headers['content-type']).toBe('application/vnd.api+json');
  });

  it('fails on a JSON body with nothing JSON-like in it', async () => {
    const e = await failure({ method: 'post', body: { type: 'json', data: [{ type: 'text', value: '   ' }] } });
    expect(e.message).toBe('Failed to parse JSON:    ');
    expect(e.errorType).toBe('RequestBodyError');
  });

  it('sends x-www-form-urlencoded', async () => {
    const { request } = await send({ method: 'post', body: { type: 'x-www-form-urlencoded', data: [{ type: 'text', key: 'a', value: '{{#start.q#}}' }, { type: 'text', key: 'b', value: '&=' }] } });
    expect(request.body).toBe('a=hello+world&b=%26%3D');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('sends form-data with text and file parts, the boundary set by the client', async () => {
    const { request } = await send({
      method: 'post', headers: 'Content-Type: multipart/form-data',
      body: { type: 'form-data', data: [{ type: 'text', key: 'who', value: '{{#start.name#}}' }, { type: 'file', key: 'upload', file: ['start', 'doc'] }] },
    });
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toMatch(/name="who"\r\n\r\nAnn\r\n/);
    expect(request.body).toMatch(/name="upload"; filename="a.txt"\r\nContent-Type: text\/plain\r\n\r\nfile body\r\n/);
  });

  it('sends a binary body from a file', async () => {
    const { request } = await send({ method: 'post', body: { type: 'binary', data: [{ type: 'file', file: ['start', 'doc'] }] } });
    expect(request.body).toBe('file body');
    const e = await failure({ method: 'post', body: { type: 'binary', data: [{ type: 'file', file: ['start', 'name'] }] } });
    expect(e.message).toBe("cannot fetch file with selector ['start', 'name']");
  });

  it('reads a legacy string body.data as one text item', async () => {
    const { request } = await send({ method: 'post', body: { type: 'raw-text', data: 'legacy {{#start.name#}}' } });
    expect(request.body).toBe('legacy Ann');
  });

  it('does not send a body with GET, and says so', async () => {
    const { request, result } = await send({ body: { type: 'raw-text', data: [{ type: 'text', value: 'x' }] } });
    expect(request.body).toBe('');
    expect(result.processData?.body_dropped).toMatch(/cannot carry a body/);
  });

  it('checks the url and method', async () => {
    expect((await failure({ url: 'ftp://example.com' })).message).toBe('url should start with http:// or https://');
    expect((await failure({ url: '' })).message).toBe('url is required');
    expect((await failure({ method: 'options' })).message).toBe('Invalid http method options');
  });

  it('notes that ssl_verify: false cannot be honoured', async () => {
    const { result } = await send({ ssl_verify: false });
    expect(result.processData?.ssl_verify).toMatch(/browsers always verify/);
  });
});

describe('httpRequestRun: response', () => {
  it('succeeds with a non-2xx status when neither retry nor an error strategy is set', async () => {
    const { result } = await send({ url: `${base}/status/404` });
    expect(result.outputs).toMatchObject({ status_code: 404, body: 'not here' });
  });

  it('fails on a non-2xx status with retry enabled or an error strategy', async () => {
    const withRetry = await failure({ url: `${base}/status/404`, retry_config: { retry_enabled: true, max_retries: 3, retry_interval: 100 } });
    expect(withRetry.message).toBe('Request failed with status code 404');
    expect(withRetry.errorType).toBe('HTTPResponseCodeError');
    const withStrategy = await failure({ url: `${base}/status/404`, error_strategy: 'fail-branch' });
    expect(withStrategy.errorType).toBe('HTTPResponseCodeError');
    const disabled = await send({ url: `${base}/status/404`, retry_config: { retry_enabled: false }, error_strategy: 'none' });
    expect(disabled.result.outputs.status_code).toBe(404);
  });

  it('turns a binary response into a file', async () => {
    const { result } = await send({ url: `${base}/png` });
    expect(result.outputs.body).toBe('');
    const [file] = result.outputs.files as FileValue[];
    expect(file).toMatchObject({ dify_model_identity: FILE_MARKER, filename: 'png.png', extension: '.png', type: 'image', mime_type: 'image/png', size: PNG.length, transfer_method: 'tool_file' });
    expect(Buffer.from(file!.url!.split(',')[1]!, 'base64').equals(PNG)).toBe(true);
  });

  it('treats an attachment as a file named by Content-Disposition', async () => {
    const { result } = await send({ url: `${base}/download` });
    expect((result.outputs.files as FileValue[])[0]).toMatchObject({ filename: 'report.bin', extension: '.bin', size: 3 });
  });

  it('refuses a text response over 1 MB', async () => {
    const e = await failure({ url: `${base}/big` });
    expect(e.message).toBe('Text size is too large, max size is 1.00 MB, but current size is 1.00 MB.');
    expect(e.errorType).toBe('ResponseSizeError');
  });

  it('times out after connect + read + write', async () => {
    const started = Date.now();
    const e = await failure({ url: `${base}/slow`, timeout: { connect: 0.1, read: 0.1, write: 0.1 } });
    expect(e.message).toMatch(/timed out after 0\.3\d* s/);
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('explains an unreachable server', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const e = await failure({ url: `http://127.0.0.1:${port}/` });
    expect(e.message).toMatch(/the request was blocked or the server is unreachable; a browser needs the server to allow CORS from this page/);
    expect(e.errorType).toBe('HttpRequestNodeError');
  });
});

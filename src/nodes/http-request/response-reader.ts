/**
 * An http-request response as the node outputs it: the body read within Dify's size limits
 * (text 1 MB, file 10 MB), file detection as Dify's `Response.is_file` does it, and a binary
 * response turned into a file value (its bytes in a data: URL).
 */
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';

export const MAX_TEXT_SIZE = 1024 * 1024;
export const MAX_FILE_SIZE = 10 * 1024 * 1024;

const TEXTUAL_APPLICATION = ['json', 'xml', 'javascript', 'x-www-form-urlencoded', 'yaml', 'graphql'];
const TEXT_MARKERS = ['{', '[', '<', 'function', 'var ', 'const ', 'let '];
/** application/* types Python's mimetypes knows (they count as files). */
const KNOWN_APPLICATION = new Set([
  'octet-stream', 'pdf', 'zip', 'gzip', 'x-tar', 'x-gtar', 'x-bzip2', 'x-7z-compressed', 'x-rar-compressed', 'msword', 'rtf', 'postscript',
  'vnd.ms-excel', 'vnd.ms-powerpoint', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
  'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'vnd.openxmlformats-officedocument.presentationml.presentation',
  'epub+zip', 'wasm', 'x-shockwave-flash', 'java-archive', 'x-sh', 'x-python-code', 'vnd.android.package-archive', 'x-msdownload',
]);
const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf', 'application/zip': '.zip', 'application/json': '.json', 'image/png': '.png', 'image/jpeg': '.jpg',
  'image/gif': '.gif', 'image/webp': '.webp', 'image/svg+xml': '.svg', 'audio/mpeg': '.mp3', 'audio/wav': '.wav', 'video/mp4': '.mp4',
  'text/csv': '.csv', 'text/plain': '.txt', 'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};

export interface ContentDisposition {
  type: string;
  filename?: string;
}

export function parseContentDisposition(header: string | null): ContentDisposition | undefined {
  if (!header) return undefined;
  const [type, ...params] = header.split(';').map((p) => p.trim());
  let filename: string | undefined;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const name = param.slice(0, eq).trim().toLowerCase();
    const value = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name === 'filename*') {
      const encoded = value.replace(/^[^']*'[^']*'/, '');
      try {
        filename = decodeURIComponent(encoded);
      } catch {
        filename = encoded;
      }
    } else if (name === 'filename' && filename === undefined) filename = value;
  }
  return { type: (type ?? '').toLowerCase(), filename };
}

/** Dify's `Response.is_file`. */
export function isFileResponse(contentTypeHeader: string, disposition: ContentDisposition | undefined, head: Uint8Array): boolean {
  const contentType = contentTypeHeader.split(';')[0]!.trim().toLowerCase();
  if (disposition && (disposition.type === 'attachment' || disposition.filename !== undefined)) return true;
  if (contentType.startsWith('text/')) return false;
  if (contentType.startsWith('application/')) {
    if (TEXTUAL_APPLICATION.some((t) => contentType.includes(t))) return false;
    let sample: string;
    try {
      sample = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, 1024));
    } catch {
      return true;
    }
    if (TEXT_MARKERS.some((m) => sample.includes(m))) return false;
    return KNOWN_APPLICATION.has(contentType.slice('application/'.length));
  }
  return ['image/', 'audio/', 'video/'].some((m) => contentType.includes(m));
}

function readable(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(2)} KB`;
  return `${(size / 1024 / 1024).toFixed(2)} MB`;
}

export function sizeError(isFile: boolean, size: number, atLeast = false): NodeRunError {
  const limit = isFile ? MAX_FILE_SIZE : MAX_TEXT_SIZE;
  return new NodeRunError(
    `${isFile ? 'File' : 'Text'} size is too large, max size is ${(limit / 1024 / 1024).toFixed(2)} MB, but current size is ${atLeast ? 'more than ' : ''}${readable(size)}.`,
    'ResponseSizeError',
  );
}

/** The body, reading no more than `limit + 1` bytes; `truncated` when there was more. */
export async function readBody(response: Response, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    if (total > limit) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, truncated };
}

export function decodeText(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([^;"']+)/i.exec(contentType)?.[1]?.trim();
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function fileType(mime: string, extension: string): string {
  const main = mime.split('/')[0];
  if (main === 'image' || main === 'audio' || main === 'video') return main;
  const documents = ['.pdf', '.doc', '.docx', '.txt', '.md', '.csv', '.xls', '.xlsx', '.ppt', '.pptx', '.html', '.htm', '.xml', '.json', '.epub'];
  return documents.includes(extension) ? 'document' : 'custom';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A binary response as a file value (Dify stores it as a tool file). */
export function responseFile(url: string, contentType: string, disposition: ContentDisposition | undefined, bytes: Uint8Array): FileValue {
  const fromUrl = url.split('?')[0]!.split('#')[0]!.split('/').pop() ?? '';
  const mime = (contentType.split(';')[0]!.trim() || 'application/octet-stream').toLowerCase();
  let filename = disposition?.filename || decodeURIComponent(fromUrl);
  const dot = filename.lastIndexOf('.');
  let extension = dot > 0 ? filename.slice(dot).toLowerCase() : '';
  if (!extension) {
    extension = EXTENSIONS[mime] ?? '.bin';
    filename = `${filename || 'file'}${extension}`;
  }
  const id = crypto.randomUUID();
  return {
    dify_model_identity: FILE_MARKER, id, tenant_id: null, type: fileType(mime, extension), transfer_method: 'tool_file',
    remote_url: null, related_id: id, filename, extension, mime_type: mime, size: bytes.length,
    url: `data:${mime};base64,${toBase64(bytes)}`,
  };
}

/**
 * A file value's bytes, read in the browser: its `text` when the file was read locally, or its
 * `url` / `remote_url` fetched (data:, blob: and http(s): URLs). Used by the document extractor
 * and by the http-request node (binary and form-data bodies).
 */
import type { FileValue } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';

export async function fileBytes(file: FileValue, fetcher: typeof fetch, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof file.text === 'string') return new TextEncoder().encode(file.text);
  const url = [file.url, file.remote_url].find((u): u is string => typeof u === 'string' && u !== '');
  if (!url) {
    throw new NodeRunError(`Error downloading file: ${file.filename || 'the file'} has neither content nor a URL to read it from`, 'FileDownloadError');
  }
  let response: Response;
  try {
    response = await fetcher(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new NodeRunError(
      `Error downloading file ${file.filename}: ${reason}. The file's server is unreachable or blocks requests from this page (CORS).`,
      'FileDownloadError',
    );
  }
  if (!response.ok) throw new NodeRunError(`Error downloading file ${file.filename}: HTTP ${response.status}`, 'FileDownloadError');
  return new Uint8Array(await response.arrayBuffer());
}

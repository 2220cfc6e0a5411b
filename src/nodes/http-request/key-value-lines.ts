/**
 * The http-request `headers` and `params` strings: `key:value` lines (dify-dsl.md 2.10).
 * Headers render variables over the whole string first (a later duplicate wins); params keep
 * duplicates and render key and value separately.
 */
import type { VariablePool } from '../../engine/variable-pool';

/** Python's str.splitlines(). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function splitPair(line: string): [string, string] {
  const colon = line.indexOf(':');
  return colon < 0 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}

export function parseHeaders(pool: VariablePool, headers: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of splitLines(pool.render(headers).text)) {
    if (!line.trim()) continue;
    const [key, value] = splitPair(line);
    if (key) out.set(key, value);
  }
  return out;
}

export function parseParams(pool: VariablePool, params: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of splitLines(params)) {
    const line = raw.trim();
    if (!line) continue;
    const [key, value] = splitPair(line);
    if (key) out.push([pool.render(key).text, pool.render(value).text]);
  }
  return out;
}

/** `url` with the params appended to its query (httpx merges them with any query already there). */
export function withParams(url: string, params: [string, string][]): string {
  if (params.length === 0) return url;
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}${query}${fragment}`;
}

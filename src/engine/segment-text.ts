/**
 * How a value prints when a template references it (dify-dsl.md 4.2): `.text` for most nodes,
 * `.markdown` for the Answer node. Mirrors Dify's segment classes.
 */
import { isFileValue } from './file-value';
import { pythonJsonDumps, pythonStr } from './python-format';

export function segmentText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isFileValue(value)) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (value.every(isFileValue)) return '';
    if (value.every((v) => typeof v === 'string')) return pythonJsonDumps(value);
    return pythonStr(value);
  }
  if (typeof value === 'object') return pythonJsonDumps(value);
  return pythonStr(value);
}

function fileMarkdown(file: Record<string, unknown>): string {
  const name = String(file.filename ?? '');
  const url = String(file.url ?? file.remote_url ?? '');
  return file.type === 'image' ? `![${name}](${url})` : `[${name}](${url})`;
}

export function segmentMarkdown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isFileValue(value)) return fileMarkdown(value);
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isFileValue)) return value.map((f) => fileMarkdown(f)).join('\n');
    return value.map((item) => `- ${pythonStr(item)}`).join('\n');
  }
  if (typeof value === 'object') return pythonJsonDumps(value, 2);
  return pythonStr(value);
}

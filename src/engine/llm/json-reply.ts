/**
 * JSON objects in a model's reply: the whole text, a fenced ```json block, or the first
 * balanced `{…}` that parses (models like to wrap JSON in prose or think blocks).
 */
import { splitThinkTags } from './think-tags';

const MAX_STARTS = 64;

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function tryParse(text: string): Record<string, unknown> | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Index just past the `}` that closes the `{` at `start`, or -1. Strings and escapes are skipped. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export function parseJsonObject(reply: string): Record<string, unknown> | undefined {
  const text = splitThinkTags(reply).text.trim();
  const whole = tryParse(text);
  if (whole) return whole;
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence) {
    const fenced = tryParse(fence[1]!.trim());
    if (fenced) return fenced;
  }
  let starts = 0;
  for (let i = text.indexOf('{'); i >= 0 && starts < MAX_STARTS; i = text.indexOf('{', i + 1), starts++) {
    const end = balancedEnd(text, i);
    if (end < 0) continue;
    const found = tryParse(text.slice(i, end));
    if (found) return found;
  }
  return undefined;
}

/** `{{#node.var.path#}}` references in Dify's free-text fields (dify-dsl.md 4.2). */
import type { ValueSelector } from './types';

/** The web UI's pattern (VAR_REGEX): what the editor recognises and what the checklist scans. */
const UI_REF = /\{\{#([\w-]{1,50}(?:\.\d+)?(?:\.[a-z_]\w{0,29}){1,10})#\}\}/gi;
/** The engine's pattern: what actually resolves at run time (no hyphens in node ids). */
export const ENGINE_REF = /\{\{#([a-zA-Z0-9_]{1,50}(?:\.[a-zA-Z_][a-zA-Z0-9_]{0,29}){1,10})#\}\}/g;

/** Selectors referenced in `text`, in order, as the editor sees them. */
export function templateSelectors(text: unknown): ValueSelector[] {
  if (typeof text !== 'string' || !text.includes('{{#')) return [];
  const out: ValueSelector[] = [];
  for (const m of text.matchAll(UI_REF)) {
    const parts = m[1]!.split('.');
    // Legacy `{{#<startId>.sys.query#}}` means `[sys, query]`.
    if (parts.length >= 3 && parts[1] === 'sys') out.push(parts.slice(1));
    else out.push(parts);
  }
  return out;
}

/** The reference text for a selector: `{{#node.var#}}`. */
export function templateRef(selector: ValueSelector): string {
  return `{{#${selector.join('.')}#}}`;
}

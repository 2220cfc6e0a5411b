/**
 * The variable pool: every value a run produced, keyed by `[nodeId, name]`, plus the `sys`,
 * `env` and `conversation` groups. Longer selectors walk into objects and file attributes
 * (dify-dsl.md 4.1). Templates render against it (4.2).
 */
import { normalizeSelector, type ValueSelector } from '../dsl';
import { ENGINE_REF } from '../dsl/template-refs';
import { fileAttribute, isFileValue } from './file-value';
import { segmentMarkdown, segmentText } from './segment-text';

export interface RenderedTemplate {
  text: string;
  markdown: string;
}

export class VariablePool {
  private readonly groups: Map<string, Map<string, unknown>>;

  constructor(groups?: Map<string, Map<string, unknown>>) {
    this.groups = groups ?? new Map();
  }

  /** A deep copy: iteration items each get their own (dify-dsl.md 5.6). */
  clone(): VariablePool {
    const copy = new Map<string, Map<string, unknown>>();
    for (const [head, vars] of this.groups) copy.set(head, new Map([...vars].map(([k, v]) => [k, structuredClone(v)])));
    return new VariablePool(copy);
  }

  set(head: string, name: string, value: unknown): void {
    let vars = this.groups.get(head);
    if (!vars) this.groups.set(head, (vars = new Map()));
    vars.set(name, value);
  }

  setAll(head: string, values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.set(head, k, v);
  }

  /** Forget everything a node produced (loop rounds clear their children). */
  removeNode(head: string): void {
    this.groups.delete(head);
  }

  /** Everything a node produced (for copying conversation variables back, and tests). */
  entries(head: string): Record<string, unknown> {
    return Object.fromEntries(this.groups.get(head) ?? []);
  }

  /** True when the selector resolves to a value (null included). */
  has(selector: ValueSelector): boolean {
    return this.lookup(selector).found;
  }

  /** The value at the selector, or undefined when nothing is there. */
  get(selector: ValueSelector): unknown {
    return this.lookup(selector).value;
  }

  private lookup(raw: ValueSelector): { found: boolean; value?: unknown } {
    const selector = normalizeSelector(raw);
    if (selector.length < 2) return { found: false };
    const vars = this.groups.get(selector[0]!);
    if (!vars || !vars.has(selector[1]!)) return { found: false };
    let value = vars.get(selector[1]!);
    for (const key of selector.slice(2)) {
      if (isFileValue(value)) value = fileAttribute(value, key);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)) value = (value as Record<string, unknown>)[key];
      else return { found: false };
    }
    return { found: true, value };
  }

  /**
   * Render `{{#node.var#}}` references. An unresolved reference loses its braces and leaves
   * the bare dotted path, as Dify's convert_template does.
   */
  render(template: string): RenderedTemplate {
    let text = '';
    let markdown = '';
    let last = 0;
    for (const m of template.matchAll(ENGINE_REF)) {
      const literal = template.slice(last, m.index);
      text += literal;
      markdown += literal;
      const selector = m[1]!.split('.');
      const found = this.lookup(selector);
      if (found.found) {
        text += segmentText(found.value);
        markdown += segmentMarkdown(found.value);
      } else {
        text += m[1];
        markdown += m[1];
      }
      last = m.index + m[0].length;
    }
    text += template.slice(last);
    markdown += template.slice(last);
    return { text, markdown };
  }

  renderText(template: unknown): string {
    return typeof template === 'string' ? this.render(template).text : '';
  }
}

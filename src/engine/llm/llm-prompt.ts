/**
 * The LLM node's prompt (dify-dsl.md 2.4): its prompt_template rendered against the variable
 * pool (basic edition: `{{#…#}}` plus `{{#context#}}`; jinja2 edition: the bound
 * jinja2_variables), the memory query turn, and the files a template references.
 */
import type { DslNodeData } from '../../dsl';
import { ENGINE_REF } from '../../dsl/template-refs';
import type { FileValue } from '../file-value';
import { Jinja2Error, renderJinja2 } from '../jinja2';
import { NodeRunError } from '../node-executor';
import type { VariablePool } from '../variable-pool';
import { filesIn } from './node-model';

export interface PromptTurn {
  role: 'system' | 'user' | 'assistant';
  text: string;
  /** Files referenced by the template (`{{#sys.files#}}`); sent as images when vision is on. */
  files: FileValue[];
}

const CONTEXT_REF = '{{#context#}}';

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function selector(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * The text `{{#context#}}` stands for: a string as is, or a list of strings and retrieval
 * results (`{content, summary?}`) joined line by line. Undefined when context is off or empty.
 */
export function contextText(data: DslNodeData, pool: VariablePool): string | undefined {
  const context = record(data.context);
  const path = selector(context.variable_selector);
  if (context.enabled !== true || path.length === 0) return undefined;
  const value = pool.get(path);
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (!Array.isArray(value)) return undefined;
  const lines: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') {
      lines.push(item);
      continue;
    }
    const doc = record(item);
    if (typeof doc.content !== 'string') {
      throw new NodeRunError(`Invalid context structure: each item needs a "content" string (got ${JSON.stringify(item)?.slice(0, 200)})`, 'InvalidContextStructureError');
    }
    if (typeof doc.summary === 'string' && doc.summary) lines.push(doc.summary);
    lines.push(doc.content);
  }
  const text = lines.join('\n').trim();
  return text === '' ? undefined : text;
}

/** `prompt_config.jinja2_variables` resolved: name -> value ('' when missing). */
export function jinja2Variables(data: DslNodeData, pool: VariablePool): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  const bindings = record(data.prompt_config).jinja2_variables;
  for (const binding of Array.isArray(bindings) ? bindings : []) {
    const b = record(binding);
    if (typeof b.variable !== 'string' || !b.variable) continue;
    const value = pool.get(selector(b.value_selector));
    vars[b.variable] = value === undefined ? '' : value;
  }
  return vars;
}

/** Files referenced by `{{#…#}}` in a template. */
export function templateFiles(template: string, pool: VariablePool): FileValue[] {
  return [...template.matchAll(ENGINE_REF)].flatMap((m) => filesIn(pool.get(m[1]!.split('.'))));
}

function renderMessage(message: Record<string, unknown>, pool: VariablePool, context: string | undefined, vars: Record<string, unknown>): { text: string; files: FileValue[] } {
  if (message.edition_type === 'jinja2') {
    const template = typeof message.jinja2_text === 'string' ? message.jinja2_text : '';
    try {
      return { text: template ? renderJinja2(template, vars) : '', files: [] };
    } catch (error) {
      const detail = error instanceof Jinja2Error ? error.message : String(error);
      throw new NodeRunError(`Jinja2 prompt failed: ${detail}`, 'TemplateRenderError');
    }
  }
  const raw = typeof message.text === 'string' ? message.text : '';
  const template = context !== undefined ? raw.split(CONTEXT_REF).join(context) : raw;
  return { text: pool.render(template).text, files: templateFiles(template, pool) };
}

function roleOf(value: unknown): PromptTurn['role'] {
  return value === 'system' || value === 'assistant' ? value : 'user';
}

/** The memory query turn: `query_prompt_template`, or `{{#sys.query#}}` when it is empty. */
function queryTurn(data: DslNodeData, pool: VariablePool): { text: string; files: FileValue[] } | undefined {
  if (data.memory === null || data.memory === undefined) return undefined;
  const template = record(data.memory).query_prompt_template;
  const text = typeof template === 'string' && template !== '' ? template : '{{#sys.query#}}';
  return { text: pool.render(text).text, files: templateFiles(text, pool) };
}

/**
 * The turns to send, before images are attached. Conversation history is empty: Flowpad runs
 * are single-turn, so memory contributes only the query turn.
 */
export function llmPromptTurns(data: DslNodeData, pool: VariablePool, context: string | undefined, vars: Record<string, unknown>): PromptTurn[] {
  const completion = record(data.model).mode === 'completion';
  const template = data.prompt_template;
  const messages = (Array.isArray(template) ? template : template == null ? [] : [template]).map(record);
  const query = queryTurn(data, pool);
  if (completion) {
    const first = messages[0] ?? {};
    const rendered = renderMessage(first, pool, context, vars);
    let text = rendered.text;
    if (query) text = text.replace('#histories#', '').replace('#sys.query#', query.text);
    return [{ role: 'user', text, files: [...rendered.files, ...(query?.files ?? [])] }];
  }
  const turns: PromptTurn[] = messages.map((m) => ({ role: roleOf(m.role), ...renderMessage(m, pool, context, vars) }));
  if (query && query.text !== '') turns.push({ role: 'user', text: query.text, files: query.files });
  return turns;
}

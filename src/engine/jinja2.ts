/**
 * Jinja2 templates (template-transform, LLM prompts with edition_type jinja2) rendered with
 * Nunjucks set up for Jinja2's defaults: no autoescape, undefined names render empty, no
 * trim_blocks/lstrip_blocks. Values print the way Python's str() prints them (`['a', 'b']`,
 * `{'k': 1}`, `True`, `None`), `True/False/None` literals and slices work, and the common
 * Python str/list/dict methods and Jinja2 filters Nunjucks lacks are added.
 *
 * Nunjucks keeps its runtime hooks in one shared module, so the print and member-lookup hooks
 * are installed once, globally, the first time this module loads. Flowpad has no other
 * Nunjucks user; with autoescape on, printing keeps Nunjucks's own behaviour.
 */
import nunjucks from 'nunjucks';
import { pythonJsonDumps, pythonRepr, pythonStr } from './python-format';

export class Jinja2Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Jinja2Error';
  }
}

type Lookup = (obj: unknown, key: unknown, ...rest: unknown[]) => unknown;

interface NunjucksRuntime {
  suppressValue(value: unknown, autoescape: boolean): unknown;
  memberLookup: Lookup;
  SafeString: new (value: string) => { toString(): string };
}

const runtime = (nunjucks as unknown as { runtime: NunjucksRuntime }).runtime;

function pyStrip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars ?? ' \t\n\r\f\v';
  let start = 0;
  let end = s.length;
  if (left) while (start < end && set.includes(s[start]!)) start++;
  if (right) while (end > start && set.includes(s[end - 1]!)) end--;
  return s.slice(start, end);
}

function pySplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  if (sep === undefined || sep === null) {
    const parts = s.trim().split(/\s+/).filter((p) => p !== '');
    if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
    const head = parts.slice(0, maxsplit);
    let rest = s.trim();
    for (const part of head) rest = rest.slice(rest.indexOf(part) + part.length).replace(/^\s+/, '');
    return [...head, rest];
  }
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

const STRING_METHODS: Record<string, (s: string, ...args: never[]) => unknown> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  strip: (s, chars?: string) => pyStrip(s, chars, true, true),
  lstrip: (s, chars?: string) => pyStrip(s, chars, true, false),
  rstrip: (s, chars?: string) => pyStrip(s, chars, false, true),
  split: (s, sep?: string | null, maxsplit?: number) => pySplit(s, sep, maxsplit),
  splitlines: (s) => s.split(/\r\n|\r|\n/).filter((line, i, all) => i < all.length - 1 || line !== ''),
  replace: (s, old: string, repl: string, count?: number) => {
    if (count === undefined || count < 0) return s.split(old).join(repl);
    const parts = s.split(old);
    return parts.slice(0, count + 1).join(repl) + (parts.length > count + 1 ? old + parts.slice(count + 1).join(old) : '');
  },
  startswith: (s, prefix: string | string[]) => (Array.isArray(prefix) ? prefix : [prefix]).some((p) => s.startsWith(p)),
  endswith: (s, suffix: string | string[]) => (Array.isArray(suffix) ? suffix : [suffix]).some((p) => s.endsWith(p)),
  find: (s, sub: string) => s.indexOf(sub),
  count: (s, sub: string) => (sub === '' ? s.length + 1 : s.split(sub).length - 1),
  join: (s, items: unknown[]) => [...items].map(pythonStr).join(s),
  title: (s) => titleCase(s),
  capitalize: (s) => (s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s),
  isdigit: (s) => /^\d+$/.test(s),
  isalpha: (s) => /^\p{L}+$/u.test(s),
  zfill: (s, width: number) => (s.startsWith('-') ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0')),
};

/** Python's str() for printed values; Nunjucks's SafeString (macro output, |safe) prints as is. */
function jinjaPrint(value: unknown): string {
  if (value === undefined) return '';
  if (value instanceof runtime.SafeString) return value.toString();
  return pythonStr(value);
}

function installHooks(): void {
  nunjucks.installJinjaCompat();
  const originalSuppress = runtime.suppressValue;
  runtime.suppressValue = (value, autoescape) => (autoescape ? originalSuppress(value, autoescape) : jinjaPrint(value));
  const compatLookup = runtime.memberLookup;
  runtime.memberLookup = function memberLookup(this: unknown, obj, key, ...rest) {
    if (rest.length === 0 && typeof obj === 'string' && typeof key === 'string' && Object.hasOwn(STRING_METHODS, key)) {
      const method = STRING_METHODS[key]!;
      return (...args: never[]) => method(obj, ...args);
    }
    return compatLookup.call(this, obj, key, ...rest);
  };
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, sortedKeys(record[k])]));
  }
  return value;
}

/** Jinja2's |tojson: json.dumps with sorted keys and HTML-significant characters escaped. */
function toJson(value: unknown, indent?: number): string {
  const text = pythonJsonDumps(sortedKeys(value), indent);
  return text.replace(/[<>&']/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function attributeOf(item: unknown, path: string): unknown {
  let value = item;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function compareKey(value: unknown, caseSensitive: boolean): unknown {
  return typeof value === 'string' && !caseSensitive ? value.toLowerCase() : value;
}

function extreme(items: unknown[], sign: 1 | -1, caseSensitive = false, attribute?: string): unknown {
  let best: unknown;
  let bestKey: unknown;
  for (const item of items) {
    const key = compareKey(attribute ? attributeOf(item, attribute) : item, caseSensitive);
    if (best === undefined || (sign > 0 ? (key as number) > (bestKey as number) : (key as number) < (bestKey as number))) {
      best = item;
      bestKey = key;
    }
  }
  return best;
}

type FilterKwargs = { __keywords?: boolean; [key: string]: unknown };

function createEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false, trimBlocks: false, lstripBlocks: false });
  env.addFilter('tojson', (value: unknown, indent?: number) => new runtime.SafeString(toJson(value, indent)));
  env.addFilter('string', (value: unknown) => jinjaPrint(value));
  env.addFilter('pprint', (value: unknown) => pythonRepr(value));
  env.addFilter('join', (items: unknown, sep = '', attribute?: string) => {
    const list = typeof items === 'string' ? [...items] : Array.isArray(items) ? items : [];
    return list.map((item) => jinjaPrint(attribute ? attributeOf(item, attribute) : item)).join(sep);
  });
  env.addFilter('items', (value: unknown) => (value && typeof value === 'object' ? Object.entries(value) : []));
  env.addFilter('unique', (items: unknown) => {
    const seen = new Set<unknown>();
    return (Array.isArray(items) ? items : []).filter((item) => (seen.has(item) ? false : (seen.add(item), true)));
  });
  env.addFilter('min', (items: unknown, caseSensitive?: boolean, attribute?: string) => extreme(Array.isArray(items) ? items : [], -1, caseSensitive, attribute));
  env.addFilter('max', (items: unknown, caseSensitive?: boolean, attribute?: string) => extreme(Array.isArray(items) ? items : [], 1, caseSensitive, attribute));
  env.addFilter('map', function map(this: unknown, items: unknown, ...args: unknown[]) {
    const list = Array.isArray(items) ? items : [];
    const last = args[args.length - 1] as FilterKwargs | undefined;
    if (last && typeof last === 'object' && last.__keywords && typeof last.attribute === 'string') {
      const attribute = last.attribute;
      return list.map((item) => attributeOf(item, attribute) ?? last.default);
    }
    const [name, ...filterArgs] = args;
    if (typeof name !== 'string') return list;
    const filter = env.getFilter(name);
    return list.map((item) => filter.call(this, item, ...filterArgs));
  });
  env.addFilter('attr', (obj: unknown, name: string) => attributeOf(obj, name));
  return env;
}

installHooks();
const environment = createEnvironment();

const cache = new Map<string, nunjucks.Template>();
const CACHE_LIMIT = 200;

function compiled(template: string): nunjucks.Template {
  let entry = cache.get(template);
  if (!entry) {
    entry = new nunjucks.Template(template, environment, undefined, true);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(template, entry);
  } else {
    cache.delete(template);
    cache.set(template, entry);
  }
  return entry;
}

function cleanMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Nunjucks prefixes "(unknown path)" and wraps the cause in "Template render error:" lines.
  return raw.replace(/^\(unknown path\)\s*/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Render a Jinja2 template with `vars`. Throws Jinja2Error on a syntax or render error.
 * Values keep their JSON types: numbers compare as numbers, lists loop, dicts have `.items()`.
 */
export function renderJinja2(template: string, vars: Record<string, unknown>): string {
  let entry: nunjucks.Template;
  try {
    entry = compiled(template);
  } catch (error) {
    throw new Jinja2Error(`Template syntax error: ${cleanMessage(error)}`);
  }
  let context: Record<string, unknown>;
  try {
    // A copy: `list.append(...)` in a template must not change the caller's values.
    context = structuredClone(vars);
  } catch {
    context = { ...vars };
  }
  try {
    return entry.render(context);
  } catch (error) {
    throw new Jinja2Error(`Template render error: ${cleanMessage(error)}`);
  }
}

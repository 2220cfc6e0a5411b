/**
 * YAML text -> plain data, with PyYAML's (YAML 1.1) scalar rules and bounded alias expansion.
 * Returns plain JSON-like values: objects, arrays, strings, numbers, booleans, null.
 */
import { LineCounter, parseDocument, visit, type Alias, type Document, type ScalarTag } from 'yaml';
import {
  BOOL_RE, FLOAT_RE, INT_RE, NULL_RE, TIMESTAMP_RE, resolveBool, resolveFloat, resolveInt,
} from './pyyaml-resolver';

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
}

export type ReadYamlResult = { ok: true; value: unknown } | { ok: false; errors: YamlProblem[] };

/** Aliases a file may expand. Real DSL files use none; billion-laughs bombs use millions. */
export const MAX_ALIAS_COUNT = 1000;

const scalar = (tag: string, test: RegExp, resolve: (s: string) => unknown, identify: (v: unknown) => boolean): ScalarTag => ({
  tag: `tag:yaml.org,2002:${tag}`,
  default: true,
  test,
  resolve: resolve as ScalarTag['resolve'],
  identify,
});

const pyyamlTags: ScalarTag[] = [
  scalar('null', NULL_RE, () => null, (v) => v == null),
  scalar('bool', BOOL_RE, resolveBool, (v) => typeof v === 'boolean'),
  scalar('int', INT_RE, resolveInt, (v) => typeof v === 'number' && Number.isInteger(v)),
  scalar('float', FLOAT_RE, resolveFloat, (v) => typeof v === 'number'),
  // PyYAML turns these into datetime objects; we keep their text (a JSON value cannot hold a date).
  scalar('timestamp', TIMESTAMP_RE, (s) => s, () => false),
];

export function readYaml(text: string): ReadYamlResult {
  let doc;
  const lineCounter = new LineCounter(); // with prettyErrors off, errors carry offsets only
  try {
    doc = parseDocument(text, {
      version: '1.1',
      schema: 'failsafe',
      customTags: pyyamlTags,
      merge: true,
      uniqueKeys: false, // PyYAML lets the last duplicate key win; some real files repeat keys
      prettyErrors: false,
      keepSourceTokens: false,
      lineCounter,
    });
  } catch (e) {
    return { ok: false, errors: [{ message: `YAML could not be read: ${describe(e)}` }] };
  }
  const tooDeep = doc.errors.find((err) => /call stack/i.test(err.message));
  if (tooDeep) {
    const pos = lineCounter.linePos(tooDeep.pos[0]);
    return { ok: false, errors: [{ message: `YAML is nested too deeply to read (around line ${pos.line}, column ${pos.col})`, line: pos.line, column: pos.col }] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((err) => {
        const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
        const first = err.message.split('\n')[0] ?? err.message;
        const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
        return { message: `YAML syntax error${where}: ${first.replace(/ at line \d+, column \d+:?$/, '')}`, line: pos?.line, column: pos?.col };
      }),
    };
  }
  const loop = text.includes('*') ? recursiveAlias(doc) : undefined; // no '*', no alias
  if (loop) {
    const pos = lineCounter.linePos(loop.range?.[0] ?? 0);
    return {
      ok: false,
      errors: [{ message: `YAML alias *${loop.source} at line ${pos.line}, column ${pos.col} is used inside its own anchor, so the value would contain itself`, line: pos.line, column: pos.col }],
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    const msg = describe(e);
    if (/alias/i.test(msg)) {
      return { ok: false, errors: [{ message: `YAML uses too many aliases (more than ${MAX_ALIAS_COUNT} expansions); refusing to expand it` }] };
    }
    return { ok: false, errors: [{ message: `YAML could not be read: ${msg}` }] };
  }
}

/** `a: &x [*x]`: an alias inside the node it names. toJS would build a cyclic value. */
function recursiveAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, alias, path) {
      const source = alias.resolve(doc);
      if (source && path.includes(source)) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

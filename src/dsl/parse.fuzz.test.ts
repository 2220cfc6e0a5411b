/**
 * parse() under fuzzing: seeded mutations of real DSL files (data-level and text-level) plus
 * YAML bombs. parse must never throw, must answer in bounded time, and every failure must say
 * where and what in words. Deterministic: case i of a kind always gets the same mutation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from './parse';
import { exportData, serialize } from './serialize';
import { readYaml } from './yaml/read-yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dsl');
const fixturesDir = path.join(repoRoot, 'src/fixtures');
const SEED = 0x5eed_f10e;
const DATA_CASES = 1000;
const TEXT_CASES = 1000;
/** Only a hang or a blow-up fails: 5 s, plus 1 s per MB of input (the 10 MB bombs). */
const absurdMs = (text: string): number => 5000 + text.length / 1000;

/** mulberry32: a tiny seeded PRNG, good enough to pick mutations reproducibly. */
function rngFor(kind: number, i: number) {
  let a = (SEED ^ Math.imul(kind * 100_003 + i, 0x9e3779b9)) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: <T,>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
type Rng = ReturnType<typeof rngFor>;

function loadSources(): { origin: string; files: { name: string; text: string }[] } {
  const from = (dir: string, max: number) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }))
    .filter((f) => f.text.length < max);
  if (existsSync(corpusDir)) return { origin: corpusDir, files: from(corpusDir, 20_000) };
  console.warn(`[parse.fuzz] corpus folder ${corpusDir} is absent: mutating src/fixtures/*.yml instead`);
  return { origin: fixturesDir, files: existsSync(fixturesDir) ? from(fixturesDir, Infinity) : [] };
}
const sources = loadSources();
if (sources.files.length === 0) console.warn(`[parse.fuzz] no DSL files in ${sources.origin}: mutation cases are skipped`);

// ---------------------------------------------------------------- the property under test

interface Finding { label: string; problem: string; input: string }
const timing = { max: 0, maxLabel: '', cases: 0, okCases: 0 };

function problemsOf(text: string, label: string): string | undefined {
  let result: ReturnType<typeof parse>;
  const t0 = performance.now();
  try {
    result = parse(text);
  } catch (e) {
    return `parse threw: ${e instanceof Error ? e.stack : String(e)}`;
  }
  const ms = performance.now() - t0;
  timing.cases++;
  if (ms > timing.max) Object.assign(timing, { max: ms, maxLabel: label });
  if (ms > absurdMs(text)) return `parse took ${Math.round(ms)} ms`;
  if (result.ok) {
    timing.okCases++;
    const bad = result.warnings.find((w) => !w.code || !w.path || w.message.length < 10);
    return bad ? `bad warning ${JSON.stringify(bad)}` : undefined;
  }
  if (!Array.isArray(result.errors) || result.errors.length === 0) return 'failure without errors';
  if (result.errors.length > 50) return `${result.errors.length} errors (more than the cap of 50)`;
  for (const e of result.errors) {
    if (typeof e.path !== 'string' || e.path === '') return `error without a path: ${JSON.stringify(e)}`;
    if (typeof e.message !== 'string' || e.message.length < 10) return `error message too short: ${JSON.stringify(e)}`;
    if (/\[object Object\]|undefined/.test(e.message)) return `error message leaks internals: ${JSON.stringify(e)}`;
  }
  return undefined;
}

function runCases(label: string, inputs: Iterable<[string, string]>): Finding[] {
  const found: Finding[] = [];
  for (const [caseLabel, input] of inputs) {
    const problem = problemsOf(input, `${label} ${caseLabel}`);
    if (problem) found.push({ label: `${label} ${caseLabel}`, problem, input: input.length > 600 ? `${input.slice(0, 600)}...` : input });
  }
  return found;
}

function expectNoFindings(found: Finding[]): void {
  if (found.length > 0) console.error(found.slice(0, 5).map((f) => `${f.label}: ${f.problem}\n--- input ---\n${f.input}`).join('\n\n'));
  expect(found.map((f) => `${f.label}: ${f.problem.split('\n')[0]}`)).toEqual([]);
}

// ---------------------------------------------------------------- data-level mutations

type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number; path: string };

function slotsOf(value: unknown, pathSoFar = '', out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((v, i) => { out.push({ holder: value, key: i, path: `${pathSoFar}[${i}]` }); slotsOf(v, `${pathSoFar}[${i}]`, out); });
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { out.push({ holder: value as Record<string, unknown>, key: k, path: `${pathSoFar}.${k}` }); slotsOf(v, `${pathSoFar}.${k}`, out); }
  }
  return out;
}

const WRONG_VALUES: (() => unknown)[] = [
  () => 42, () => -1.5, () => 0, () => [], () => [1, 'two', null], () => ({}), () => ({ nested: { deeper: [] } }),
  () => null, () => '', () => 'yes', () => '0.6', () => '2024-01-01', () => 'x'.repeat(300), () => true,
  () => Number.NaN, () => 1e308 * 10, () => ({ ['__proto__']: 'p', constructor: 'c', toString: 1 }), () => '{{#sys.query#}}',
];

function setAt(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.holder)) slot.holder[slot.key as number] = value;
  else Object.defineProperty(slot.holder, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

function mutateData(data: unknown, rng: Rng): string[] {
  const done: string[] = [];
  const steps = 1 + rng.int(3);
  for (let s = 0; s < steps; s++) {
    const slots = slotsOf(data);
    if (slots.length === 0) break;
    const slot = rng.pick(slots);
    const op = rng.int(7);
    if (op === 0 && !Array.isArray(slot.holder)) { delete slot.holder[slot.key as string]; done.push(`delete ${slot.path}`); }
    else if (op <= 2) { setAt(slot, rng.pick(WRONG_VALUES)()); done.push(`wrong type at ${slot.path}`); }
    else if (op === 3 && Array.isArray(slot.holder)) { slot.holder.splice(slot.key as number, 0, structuredClone(slot.holder[slot.key as number])); done.push(`duplicate ${slot.path}`); }
    else if (op === 4 && Array.isArray(slot.holder)) { slot.holder.splice(slot.key as number, 1); done.push(`remove ${slot.path}`); }
    else if (op === 5) done.push(swapNodeIds(data, rng));
    else { setAt(slot, rng.pick(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'custom', '', 'start', 'llm', 'answer'])); done.push(`odd text at ${slot.path}`); }
  }
  return done;
}

function swapNodeIds(data: unknown, rng: Rng): string {
  const nodes = (data as { workflow?: { graph?: { nodes?: unknown } } })?.workflow?.graph?.nodes;
  if (!Array.isArray(nodes) || nodes.length < 2) return 'no nodes to swap';
  const a = nodes[rng.int(nodes.length)] as Record<string, unknown> | null;
  const b = nodes[rng.int(nodes.length)] as Record<string, unknown> | null;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return 'no nodes to swap';
  if (rng.next() < 0.5) [a.id, b.id] = [b.id, a.id];
  else a.id = b.id; // a duplicate id
  return `swap node ids ${String(a.id)} / ${String(b.id)}`;
}

function* dataCases(step = 1): Generator<[string, string]> {
  const parsed = sources.files.map((f) => ({ name: f.name, read: readYaml(f.text) }));
  for (let i = 0; i < DATA_CASES && parsed.length > 0; i += step) {
    const rng = rngFor(1, i);
    const source = rng.pick(parsed);
    if (!source.read.ok) continue;
    const data = structuredClone(source.read.value);
    const ops = mutateData(data, rng);
    yield [`#${i} ${source.name} [${ops.join('; ')}]`, stringify(data, { aliasDuplicateObjects: false })];
  }
}

// ---------------------------------------------------------------- text-level mutations

const ODD_CHARS = ['\t', '\u0000', '\u0007', '\uFEFF', '\uFFFD', '\uFFFE', '\uD800', '\uDFFF', '\u202E', '\u0085', '\u2028', '\r', '\\', 'é', '😀'];
const YAML_SPECIALS = [':', '- ', '[', ']', '{', '}', '&a ', '*a', '*nope', '! ', '!!binary ', '!!python/object:os.system ', '|', '>-', '%YAML 1.1\n', '---\n', '...\n', '#', '"', "'", '<<: *a\n', '? ', '@', '`'];

function mutateText(text: string, rng: Rng): { text: string; op: string } {
  const at = rng.int(text.length + 1);
  const lines = text.split('\n');
  const line = rng.int(lines.length);
  switch (rng.int(8)) {
    case 0: return { text: text.slice(0, at), op: `truncate at ${at}` };
    case 1: {
      let garbage = '';
      for (let n = 1 + rng.int(40); n > 0; n--) garbage += rng.next() < 0.5 ? String.fromCharCode(rng.int(0x3000)) : rng.pick(ODD_CHARS);
      return { text: text.slice(0, at) + garbage + text.slice(at), op: `garbage at ${at}` };
    }
    case 2: return { text: lines.map((l, i) => (i % (1 + rng.int(5)) === 0 ? l.replace(/^( {2})+/, (m) => '\t'.repeat(m.length / 2)) : l)).join('\n'), op: 'tabs for indentation' };
    case 3: lines[line] = rng.next() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? '').replace(/^ {1,3}/, ''); return { text: lines.join('\n'), op: `indent damage at line ${line + 1}` };
    case 4: {
      const n = 1 + rng.int(5);
      const removed = lines.splice(line, n);
      if (rng.next() < 0.5) lines.splice(rng.int(lines.length + 1), 0, ...removed, ...removed);
      return { text: lines.join('\n'), op: `move/duplicate lines ${line + 1}+${n}` };
    }
    case 5: return { text: text.slice(0, at) + rng.pick(YAML_SPECIALS) + text.slice(at + rng.int(3)), op: `yaml syntax at ${at}` };
    case 6: return { text: text.slice(0, at) + rng.pick(ODD_CHARS).repeat(1 + rng.int(3)) + text.slice(at), op: `odd character at ${at}` };
    default: {
      const b = rng.int(text.length + 1);
      return { text: text.slice(0, Math.min(at, b)) + text.slice(Math.max(at, b)), op: `cut ${Math.min(at, b)}..${Math.max(at, b)}` };
    }
  }
}

function* textCases(step = 1): Generator<[string, string]> {
  for (let i = 0; i < TEXT_CASES && sources.files.length > 0; i += step) {
    const rng = rngFor(2, i);
    const source = rng.pick(sources.files);
    let text = source.text;
    const ops: string[] = [];
    for (let s = 1 + rng.int(3); s > 0; s--) {
      const m = mutateText(text, rng);
      text = m.text;
      ops.push(m.op);
    }
    yield [`#${i} ${source.name} [${ops.join('; ')}]`, text];
  }
}

// ---------------------------------------------------------------- bombs

const VALID_HEAD = "version: 0.6.0\nkind: app\napp: {name: bomb, mode: workflow}\nworkflow:\n  graph:\n    edges: []\n    nodes:\n    - id: '1'\n      type: custom\n      data:\n        type: start\n        title: Start\n        variables: []\n";

function* bombs(): Generator<[string, string]> {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let l = 1; l < 10; l++) laughs.push(`${String.fromCharCode(97 + l)}: &${String.fromCharCode(97 + l)} [${Array(9).fill(`*${String.fromCharCode(96 + l)}`).join(',')}]`);
  yield ['billion laughs', laughs.join('\n')];
  yield ['billion laughs inside a node', `${VALID_HEAD}        bomb:\n${laughs.map((l) => `          ${l}`).join('\n')}\n`];
  yield ['alias to itself', 'a: &a [*a]\n'];
  yield ['recursive alias inside a node', `${VALID_HEAD}        loop: &l [1, {again: *l}]\n`];
  yield ['recursive merge key inside a node', `${VALID_HEAD}        self: &m {x: 1, <<: *m}\n`];
  yield ['shared (non-recursive) alias', `${VALID_HEAD}        one: &s {x: 1}\n        two: *s\n`];
  yield ['10,000-deep flow sequence', `${'['.repeat(10_000)}${']'.repeat(10_000)}`];
  yield ['10,000-deep flow sequence, unclosed', '['.repeat(10_000)];
  yield ['10,000-deep flow mapping', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`];
  yield ['5,000-deep block sequence on one line', `${'- '.repeat(5_000)}x\n`];
  yield ['3,000-deep list inside a node', `${VALID_HEAD}        deep: ${'['.repeat(3_000)}${']'.repeat(3_000)}\n`];
  yield ['10 MB title', VALID_HEAD.replace('title: Start', `title: ${'x'.repeat(10 * 1024 * 1024)}`)];
  yield ['10 MB unclosed quoted string', `version: "${'y'.repeat(10 * 1024 * 1024)}`];
  yield ['5,000 broken edges', VALID_HEAD.replace('edges: []', `edges:\n${'    - {source: 1}\n'.repeat(5_000)}`)];
  yield ['empty text', ''];
  yield ['only a comment', '# nothing\n'];
  yield ['a scalar', 'hello'];
  yield ['null document', '~'];
  yield ['several documents', `${VALID_HEAD}---\n${VALID_HEAD}`];
  yield ['__proto__ keys', VALID_HEAD.replace('kind: app', '__proto__: {polluted: 1}\nkind: app').replace('variables: []', 'variables: []\n        __proto__: {type: llm}\n        constructor: 1')];
  yield ['node type constructor', VALID_HEAD.replace('type: start', 'type: constructor')];
  yield ['node type __proto__', VALID_HEAD.replace('type: start', 'type: __proto__')];
}

// ---------------------------------------------------------------- the tests

describe('parse under fuzzing', () => {
  afterAll(() => {
    console.info(`[parse.fuzz] ${timing.cases} inputs (${timing.okCases} imported) from ${sources.files.length} files in ${sources.origin}; slowest parse ${timing.max.toFixed(1)} ms: ${timing.maxLabel.slice(0, 200)}`);
  });

  it.skipIf(sources.files.length === 0)(`survives ${DATA_CASES} data-level mutations`, () => {
    expectNoFindings(runCases('data', dataCases()));
  });

  it.skipIf(sources.files.length === 0)(`survives ${TEXT_CASES} text-level mutations`, () => {
    expectNoFindings(runCases('text', textCases()));
  });

  it('survives YAML bombs and pathological inputs', () => {
    expectNoFindings(runCases('bomb', bombs()));
  });

  it('re-exports every input it accepts to the same data', () => {
    const changed: string[] = [];
    const sample = [...dataCases(8), ...textCases(8), ...bombs()];
    for (const [caseLabel, text] of sample) {
      const first = parse(text);
      if (!first.ok) continue;
      let again: ReturnType<typeof parse>;
      try {
        again = parse(serialize(first.document, { format: first.format }));
      } catch (e) {
        changed.push(`${caseLabel}: serialize threw ${String(e)}`);
        continue;
      }
      if (!again.ok || !isDeepStrictEqual(again.document, exportData(first.document))) changed.push(caseLabel);
    }
    expect(changed).toEqual([]);
  });
});

/**
 * The CLI as a user runs it: bin/flowpad.mjs in a child process, from a temp directory (so it
 * must work from any cwd), on files written here and on a few corpus files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../dsl/parse';
import { runCli } from './run-cli';
import type { CliIo } from './cli-io';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoRoot, 'bin/flowpad.mjs');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dsl');
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.warn(`[cli.test] corpus folder ${corpusDir} is absent: corpus checks are skipped`);

const GOOD = `app:
  description: ''
  icon: 🤖
  icon_background: '#FFEAD5'
  mode: workflow
  name: Grüße
  use_icon_as_answer_icon: false
kind: app
version: 0.6.0
workflow:
  conversation_variables: []
  environment_variables:
  - description: ''
    id: env-1
    name: api_key
    selector: [env, api_key]
    value: sk-very-secret
    value_type: secret
  - description: ''
    id: env-2
    name: region
    selector: [env, region]
    value: eu
    value_type: string
  features: {}
  graph:
    edges:
    - data: {isInIteration: false, sourceType: start, targetType: end}
      id: 1700000000000-source-1700000000001-target
      source: '1700000000000'
      sourceHandle: source
      target: '1700000000001'
      targetHandle: target
      type: custom
    nodes:
    - data:
        desc: ''
        title: Start
        type: start
        variables:
        - {label: Question, max_length: 48, options: [], required: true, type: text-input, variable: q}
      height: 90
      id: '1700000000000'
      position: {x: 80, y: 282}
      type: custom
      width: 244
    - data:
        desc: ''
        outputs:
        - value_selector: ['1700000000000', q]
          variable: answer
        title: End
        type: end
      height: 90
      id: '1700000000001'
      position: {x: 380, y: 282}
      type: custom
      width: 244
    viewport: {x: 0, y: 0, zoom: 1}
`;
const BROKEN = GOOD.replace("target: '1700000000001'", 'target: 42');
const SYNTAX = GOOD.replace('  mode: workflow', '  mode: [workflow\n  name: x');

interface Run { code: number | null; stdout: string; stderr: string }
let dir = '';

function flowpad(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runInProcess(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readText: async (f) => readFileSync(path.resolve(dir, f), 'utf8') };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function documentOf(text: string) {
  const r = parse(text);
  if (!r.ok) throw new Error(`expected the text to import: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.document;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flowpad-cli-'));
  writeFileSync(path.join(dir, 'good.yml'), GOOD);
  writeFileSync(path.join(dir, 'broken.yml'), BROKEN);
  writeFileSync(path.join(dir, 'syntax.yml'), SYNTAX);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('flowpad validate', () => {
  it('--json reports every file with its version, mode, counts, errors and checklist', () => {
    const corpus = hasCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.yml')).sort().slice(0, 12).map((f) => path.join(corpusDir, f)) : [];
    const r = flowpad('validate', '--json', 'good.yml', 'broken.yml', 'syntax.yml', ...corpus);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(reports.map((x) => x.file)).toEqual(['good.yml', 'broken.yml', 'syntax.yml', ...corpus]);
    for (const x of reports) {
      expect(Object.keys(x).sort()).toEqual(['checklist', 'edges', 'errors', 'file', 'mode', 'nodes', 'ok', 'version', 'warnings']);
    }
    const [good, broken, syntax] = reports;
    expect(good).toMatchObject({ ok: true, version: '0.6.0', mode: 'workflow', nodes: 2, edges: 1, errors: [], warnings: [] });
    expect(Array.isArray(good?.checklist)).toBe(true);
    expect(broken).toMatchObject({ ok: false, version: null, mode: null });
    expect(broken?.errors).toEqual([expect.objectContaining({ path: 'workflow.graph.edges[0].target', message: expect.stringContaining('42') })]);
    expect(syntax?.ok).toBe(false);
    const syntaxErrors = syntax?.errors as { path: string; message: string }[];
    expect(syntaxErrors.length).toBeGreaterThan(0);
    expect(syntaxErrors[0]).toEqual({ path: '(yaml)', message: expect.stringMatching(/^YAML syntax error at line [56], column \d+: /) });
    expect(syntaxErrors.every((e) => e.path === '(yaml)')).toBe(true);

    // The corpus files: the CLI agrees with parse() and counts the graph it imported.
    corpus.forEach((file, i) => {
      const report = reports[i + 3]!;
      const expected = parse(readFileSync(file, 'utf8'));
      expect(report.ok, file).toBe(expected.ok);
      if (!expected.ok) return;
      expect(report).toMatchObject({ version: expected.version, mode: expected.document.app.mode, nodes: expected.document.workflow.graph.nodes.length });
      for (const item of report.checklist as Record<string, unknown>[]) {
        expect(typeof item.nodeId).toBe('string');
        expect(String(item.message).length).toBeGreaterThan(5);
      }
    });
  });

  it('prints one line per file, with the errors indented under FAIL', () => {
    const r = flowpad('validate', 'good.yml', 'broken.yml', 'syntax.yml');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('ok    good.yml  (workflow, 0.6.0, 2 nodes, 1 edge)');
    const fail = lines.indexOf('FAIL  broken.yml');
    expect(fail).toBeGreaterThan(0);
    expect(lines[fail + 1]).toMatch(/^ {6}workflow\.graph\.edges\[0\]\.target: .*42/);
    expect(lines).toContain('FAIL  syntax.yml');
    expect(r.stdout).toMatch(/^ {6}\(yaml\): YAML syntax error at line \d+/m);
  });

  it('exits 0 when every file imports', () => {
    const r = flowpad('validate', 'good.yml');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^ok {4}good\.yml/);
  });

  it('exits 2 and names the file it cannot read, still checking the others', () => {
    const r = flowpad('validate', 'good.yml', 'missing.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yml: no such file');
    expect(r.stdout).toMatch(/^ok {4}good\.yml/);
  });

  it('exits 2 on bad usage, with a reason and the usage text', async () => {
    const none = await runInProcess('validate');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no FILE given[\s\S]*Usage: flowpad validate/);
    const flag = await runInProcess('validate', '--bogus', 'good.yml');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--bogus');
    const dirArg = await runInProcess('validate', '.');
    expect(dirArg.code).toBe(2);
    expect(dirArg.stderr).toContain('.: is a directory');
    expect((await runInProcess('validate', '--help')).code).toBe(0);
  });
});

describe('flowpad (no command) and --help', () => {
  it('prints the usage: exit 2 without a command, 0 for --help, 2 for an unknown command', async () => {
    const bare = flowpad();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/Usage: flowpad <command>[\s\S]*validate[\s\S]*export/);
    const help = await runInProcess('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: flowpad <command>');
    const unknown = await runInProcess('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('flowpad export', () => {
  it('re-exports a file to the same data, and --omit-secrets empties only secrets', () => {
    const plain = flowpad('export', 'good.yml');
    expect(plain.code).toBe(0);
    expect(documentOf(plain.stdout)).toEqual(documentOf(GOOD));
    expect(plain.stdout).toContain('name: Grüße'); // allow_unicode kept, as in the source

    const omitted = flowpad('export', 'good.yml', '--omit-secrets');
    expect(omitted.code).toBe(0);
    const vars = documentOf(omitted.stdout).workflow.environment_variables ?? [];
    expect(vars.map((v) => [v.name, v.value])).toEqual([['api_key', ''], ['region', 'eu']]);
  });

  it('exits 1 with the error path on stderr when the file does not import', () => {
    const r = flowpad('export', 'broken.yml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken\.yml does not import:\n {2}workflow\.graph\.edges\[0\]\.target: /);
  });

  it('exits 2 on bad usage', async () => {
    expect((await runInProcess('export')).code).toBe(2);
    const two = await runInProcess('export', 'good.yml', 'broken.yml');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('exactly one FILE expected, got 2');
    const missing = await runInProcess('export', 'nope.yml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml: no such file');
  });

  describe.skipIf(!hasCorpus)('on untouched corpus files', () => {
    // The largest file, and the first that holds non-ASCII text (allow_unicode detection).
    const files = hasCorpus ? pickCorpusFiles() : ['(corpus absent)'];
    it.each(files)('%s exports to data deep-equal to the original', (name) => {
      const original = readFileSync(path.join(corpusDir, name), 'utf8');
      const r = flowpad('export', path.join(corpusDir, name));
      expect(r.code, r.stderr).toBe(0);
      expect(documentOf(r.stdout)).toEqual(documentOf(original));
    });
  });
});

function pickCorpusFiles(): string[] {
  const all = readdirSync(corpusDir).filter((f) => f.endsWith('.yml'))
    .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }));
  const largest = [...all].sort((a, b) => b.text.length - a.text.length).find((f) => parse(f.text).ok);
  const unicode = all.sort((a, b) => a.name.localeCompare(b.name))
    .find((f) => f !== largest && /[^\x00-\x7f]/.test(f.text) && parse(f.text).ok);
  return [largest, unicode].filter((f) => f !== undefined).map((f) => f.name);
}

/**
 * Differential test: our emitter against PyYAML itself on thousands of generated documents
 * full of the strings that make YAML hard (quotes, line breaks, leading spaces, tabs, unicode,
 * emoji, long lines, YAML 1.1 look-alikes). Runs where python3 has PyYAML; skips visibly elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dumpPyYaml } from './pyyaml-emitter';
import { readYaml } from './read-yaml';

const probe = spawnSync('python3', ['-c', 'import yaml; print(yaml.__version__)'], { encoding: 'utf8' });
const hasPyYaml = probe.status === 0;
if (!hasPyYaml) console.warn('[flowpad tests] python3 with PyYAML not found: the PyYAML oracle test is SKIPPED.');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a', 'word', ' ', '  ', '\n', '\n\n', '\t', "'", '"', '\\', '#', ' #', ': ', ':', '- ', '-', '?', '{', '}', '[', ']', ',',
  '&', '*', '!', '|', '>', '%', '@', '`', 'yes', 'no', 'on', 'null', '~', '0.6', '012', '1e5', '1_000', '2024-01-01', '=',
  '<<', '---', '...', '中文', '日本語テキスト', '🤖', '☝️', '\u00a0', '\ufeff', '\r', '\x07', 'é',
  'function main({arg1}) {', '    return x', 'http://127.0.0.1:8080/a?b=c', '{{#1711.text#}}', '{{ arg1 }}',
];

function randomString(rand: () => number): string {
  const n = Math.floor(rand() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rand() < 0.15) s += 'lorem ipsum dolor sit amet consectetur '.repeat(1 + Math.floor(rand() * 3));
    else s += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return s;
}

function randomValue(rand: () => number, depth: number): unknown {
  const r = rand();
  if (depth > 3 || r < 0.45) {
    const k = rand();
    if (k < 0.6) return randomString(rand);
    if (k < 0.7) return Math.floor(rand() * 2e6) - 1e6;
    if (k < 0.8) return Number((rand() * 1000 - 500).toFixed(Math.floor(rand() * 6)));
    if (k < 0.85) return rand() < 0.5 ? 1e-7 * rand() : 1e17 * rand();
    if (k < 0.92) return rand() < 0.5;
    return null;
  }
  if (r < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  const obj: Record<string, unknown> = {};
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) obj[rand() < 0.8 ? `k${Math.floor(rand() * 50)}` : randomString(rand).slice(0, 20)] = randomValue(rand, depth + 1);
  return obj;
}

const PY = `
import json, sys, yaml
docs = json.load(sys.stdin)
out = []
for d in docs:
    out.append([yaml.dump(d, allow_unicode=True), yaml.dump(d, allow_unicode=False)])
json.dump(out, sys.stdout)
`;

describe('characters PyYAML writes as raw line breaks', () => {
  it('are escaped, so any reader gets the same data back', () => {
    for (const ch of ['\x85', '\u2028', '\u2029']) {
      const out = dumpPyYaml({ k: `a${ch}b` });
      expect(out).toMatch(/^k: "a\\[NLP]b"\n$/);
      const back = readYaml(out);
      expect(back.ok && back.value).toEqual({ k: `a${ch}b` });
    }
  });
});

describe.skipIf(!hasPyYaml)('PyYAML oracle', () => {
  it('lays out 3,000 generated documents exactly as PyYAML does', () => {
    const rand = mulberry32(20261122);
    const docs = Array.from({ length: 3000 }, () => ({ root: randomValue(rand, 0), text: randomString(rand) }));
    const run = spawnSync('python3', ['-c', PY], { input: JSON.stringify(docs), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.status, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as [string, string][];
    const mismatches: string[] = [];
    docs.forEach((doc, i) => {
      const [uni, ascii] = expected[i]!;
      if (dumpPyYaml(doc) !== uni) mismatches.push(`#${i} allow_unicode=True: ${JSON.stringify(doc).slice(0, 200)}`);
      if (dumpPyYaml(doc, { allowUnicode: false }) !== ascii) mismatches.push(`#${i} allow_unicode=False: ${JSON.stringify(doc).slice(0, 200)}`);
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

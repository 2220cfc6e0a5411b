import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { parse, serialize } from './index';
import { readYaml } from './yaml/read-yaml';
import { corpusFiles, fixtureFiles, hasCorpus } from '../test-support/corpus';

function roundTrip(text: string) {
  const first = parse(text);
  if (!first.ok) throw new Error(`parse failed: ${JSON.stringify(first.errors.slice(0, 3))}`);
  const out = serialize(first.document, { format: first.format });
  const original = readYaml(text);
  const again = readYaml(out);
  if (!original.ok || !again.ok) throw new Error('unreadable');
  return { out, original: original.value, again: again.value };
}

describe.skipIf(!hasCorpus)('the real Dify corpus', () => {
  const files = corpusFiles();

  it('has the 142 files the tests expect', () => {
    expect(files.length).toBe(142);
  });

  it('imports every file with no error', () => {
    const failed = files.map((f) => ({ f: f.name, r: parse(f.text) })).filter((x) => !x.r.ok);
    expect(failed.map((x) => `${x.f}: ${JSON.stringify(!x.r.ok && x.r.errors.slice(0, 2))}`)).toEqual([]);
  });

  it('round-trips every file to deep-equal data', () => {
    const broken = files.filter((f) => {
      const { original, again } = roundTrip(f.text);
      return !isDeepStrictEqual(original, again);
    });
    expect(broken.map((f) => f.name)).toEqual([]);
  });

  it('re-exports most files byte for byte (PyYAML layout)', () => {
    const identical = files.filter((f) => roundTrip(f.text).out === f.text).length;
    console.info(`[round trip] byte-identical: ${identical}/${files.length} (${((100 * identical) / files.length).toFixed(1)}%)`);
    // 120 is what PyYAML 6 itself reproduces: the other 22 were hand-edited or written by older PyYAML.
    expect(identical).toBeGreaterThanOrEqual(120);
  });
});

describe('our fixtures', () => {
  const files = fixtureFiles();
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [f.name, f.text] as const))('%s imports and re-exports byte for byte', (_name, text) => {
    const { out } = roundTrip(text);
    expect(out).toBe(text);
  });
});

const minimal = `app:
  mode: workflow
  name: t
kind: app
version: 0.6.0
workflow:
  graph:
    edges: []
    nodes:
    - data:
        title: Start
        type: start
        variables: []
      id: '1'
      type: custom
`;

describe('parse', () => {
  it('reads a minimal workflow', () => {
    const r = parse(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.status).toBe('completed');
      expect(r.document.workflow.graph.nodes[0]!.id).toBe('1');
    }
  });

  it('reads a file with no version as 0.1.0 and says so', () => {
    const r = parse(minimal.replace('version: 0.6.0\n', ''));
    expect(r.ok && r.version).toBe('0.1.0');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['version-missing']);
  });

  it('imports an older minor version with a caution', () => {
    const r = parse(minimal.replace('0.6.0', '0.1.5'));
    expect(r.ok && r.status).toBe('completed-with-warnings');
    expect(r.ok && r.warnings[0]!.needsConfirmation).toBe(false);
  });

  it('asks for confirmation for a newer version or another major', () => {
    for (const v of ['0.7.0', '0.6.1', '1.0.0']) {
      const r = parse(minimal.replace('0.6.0', v));
      expect(r.ok && r.status).toBe('pending');
      expect(r.ok && r.warnings[0]).toMatchObject({ code: 'version-newer', needsConfirmation: true });
    }
  });

  it('rejects a version that YAML reads as a number', () => {
    const r = parse(minimal.replace('version: 0.6.0', 'version: 0.6'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'version' });
    expect(!r.ok && r.errors[0]!.message).toMatch(/Invalid version type.*string/);
  });

  it('gives YAML syntax errors with line and column', () => {
    const r = parse('app:\n  mode: workflow\n  name: [unclosed\nworkflow: {}\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.line).toBeGreaterThan(0);
      expect(r.errors[0]!.message).toMatch(/line \d+, column \d+/);
    }
  });

  it('rejects files that are not Dify DSL', () => {
    expect(parse('just text').ok).toBe(false);
    const noApp = parse('version: 0.6.0\nworkflow: {graph: {nodes: []}}\n');
    expect(!noApp.ok && noApp.errors[0]).toMatchObject({ path: 'app' });
    const chat = parse(minimal.replace('mode: workflow', 'mode: chat'));
    expect(!chat.ok && chat.errors[0]!.message).toMatch(/chat/);
  });

  it('points at the broken field with a full path', () => {
    const r = parse(minimal.replace("      id: '1'", '      id: 1'));
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'workflow.graph.nodes[0].id' });
    expect(!r.ok && r.errors[0]!.message).toMatch(/expected text, got the number 1/);
  });

  it('rejects duplicate node ids', () => {
    const doubled = minimal + `    - data:\n        title: B\n        type: start\n      id: '1'\n`;
    const r = parse(doubled);
    expect(!r.ok && r.errors[0]!.message).toMatch(/used twice/);
  });

  it('keeps unknown node types and unknown keys, with a warning', () => {
    const text = minimal.replace('        type: start\n', '        type: future-block\n        unknown_key: 1\n');
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.map((w) => w.code)).toContain('unknown-node-type');
      expect(serialize(r.document)).toBe(text);
    }
  });

  it('reads YAML 1.1 scalars as PyYAML does', () => {
    const r = readYaml('a: yes\nb: y\nc: 012\nd: 1e5\ne: 0.6\nf: ~\ng: 1_000\nh: 2024-01-01\n');
    expect(r.ok && r.value).toEqual({ a: true, b: 'y', c: 10, d: '1e5', e: 0.6, f: null, g: 1000, h: '2024-01-01' });
  });

  it('lets the last of duplicate keys win, as PyYAML does', () => {
    const r = readYaml('a: 1\na: 2\n');
    expect(r.ok && r.value).toEqual({ a: 2 });
  });

  it('refuses billion-laughs alias expansion quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const t0 = performance.now();
    const r = parse(bomb.join('\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/alias/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('serialize', () => {
  it('drops UI-only _ keys in node and edge data, and only there', () => {
    const r = parse(minimal);
    if (!r.ok) throw new Error('parse');
    r.document.workflow.graph.nodes[0]!.data._isSelected = true;
    r.document.workflow.graph.edges.push({ source: '1', target: '1', data: { _hovering: true, sourceType: 'start' } });
    const out = serialize(r.document);
    expect(out).not.toMatch(/_isSelected|_hovering/);
    expect(out).toMatch(/sourceType: start/);
  });

  it('empties secret environment values only when asked', () => {
    const r = parse(minimal.replace('  graph:', "  environment_variables:\n  - name: KEY\n    value: s3cret\n    value_type: secret\n  graph:"));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(serialize(r.document)).toMatch(/s3cret/);
    expect(serialize(r.document, { omitSecrets: true })).not.toMatch(/s3cret/);
  });
});

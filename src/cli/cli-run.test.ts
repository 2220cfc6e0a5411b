/** `flowpad run` as a user runs it: the real CLI in a child process, the engine in its worker thread. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoRoot, 'bin/flowpad.mjs');
const fixture = path.join(repoRoot, 'src/fixtures/workflow-logic-blocks.yml');
const dir = mkdtempSync(path.join(tmpdir(), 'flowpad-cli-run-'));

function flowpad(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'run', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('flowpad run', () => {
  const pins = path.join(dir, 'pins.json');
  writeFileSync(pins, JSON.stringify({ '1718600000005': { body: '{"ok": true}', status_code: 200, headers: {}, files: [] } }));

  it('runs a workflow with pins and prints the --json report in start order (exit 0)', () => {
    const r = flowpad(fixture, '--json', '--inputs', '{"topic": "hello world", "count": 3}', '--pins', pins);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { status: string; outputs: Record<string, unknown>; error: null; nodes: { id: string; type: string; status: string; elapsed_ms: number; pinned?: boolean }[] };
    expect(report.status).toBe('succeeded');
    expect(report.error).toBeNull();
    expect(report.outputs).toMatchObject({ answer: '{"ok": true}', attempts: 3 });
    expect(report.nodes[0]).toMatchObject({ type: 'start', status: 'succeeded' });
    expect(report.nodes.find((n) => n.id === '1718600000005')).toMatchObject({ pinned: true, status: 'succeeded' });
    expect(report.nodes.every((n) => typeof n.elapsed_ms === 'number')).toBe(true);
  });

  it('exits 1 when the run fails, with the node error', () => {
    const r = flowpad(fixture, '--json', '--inputs', '{}');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'failed', error: expect.stringMatching(/topic is required/) });
  });

  it('exits 2 for bad input: malformed --inputs, pins of the wrong shape, a file that does not import', () => {
    expect(flowpad(fixture, '--inputs', '{nope').code).toBe(2);
    const badPins = path.join(dir, 'bad-pins.json');
    writeFileSync(badPins, '{"node": 5}');
    const p = flowpad(fixture, '--pins', badPins);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/must be \{"<nodeId>": \{"<output>": value\}\}/);
    const broken = path.join(dir, 'broken.yml');
    writeFileSync(broken, 'app: {mode: workflow}\n');
    expect(flowpad(broken).code).toBe(2);
  });
});

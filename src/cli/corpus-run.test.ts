/**
 * Every corpus file runs to a terminal status through the CLI's `run` command (in-process,
 * sharing one QuickJS and one Pyodide sandbox), with server-only nodes pinned to plausible
 * outputs generated from their declared types. Prints how many succeed and why the rest don't.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../dsl';
import { corpusDir, corpusFiles, hasCorpus } from '../test-support/corpus';
import { sampleInputs, samplePins } from '../test-support/sample-values';
import { runCommand } from './commands/run';
import { processIo, type CliIo } from './cli-io';
import { nodeServices } from './node-services';

const shared = nodeServices({});
afterAll(() => shared.dispose());

describe.skipIf(!hasCorpus)('running the real corpus through the CLI', () => {
  it('brings every file to a terminal status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowpad-corpus-run-'));
    const tally: Record<string, number> = {};
    const reasons: Record<string, number> = {};
    for (const f of corpusFiles()) {
      const doc = parse(f.text);
      if (!doc.ok) throw new Error(`${f.name} does not parse`);
      const pinsFile = join(dir, 'pins.json');
      writeFileSync(pinsFile, JSON.stringify(samplePins(doc.document)));
      let out = '';
      const io: CliIo = { stdout: (t) => void (out += t), stderr: () => {}, readText: processIo.readText };
      const code = await runCommand([join(corpusDir, f.name), '--json', '--pins', pinsFile, '--inputs', JSON.stringify(sampleInputs(doc.document)), '--timeout', '30'], io, {
        services: () => ({ ...shared, dispose: async () => {} }),
      });
      expect([0, 1], `${f.name}: exit ${code}`).toContain(code);
      const report = JSON.parse(out) as { status: string; error: string | null };
      expect(['succeeded', 'partial-succeeded', 'failed', 'stopped'], f.name).toContain(report.status);
      tally[report.status] = (tally[report.status] ?? 0) + 1;
      if (report.status === 'failed' || report.status === 'stopped') {
        const why = (report.error ?? '').replace(/^[^:]*: /, '').replace(/\d{6,}\w*/g, 'N').replace(/'[^']*'|"[^"]*"/g, '…').slice(0, 90);
        reasons[why] = (reasons[why] ?? 0) + 1;
      }
    }
    console.info(`[corpus run] ${JSON.stringify(tally)}`);
    for (const [why, n] of Object.entries(reasons).sort((a, b) => b[1] - a[1])) console.info(`[corpus run]   ${n} x ${why}`);
    expect((tally.succeeded ?? 0) + (tally['partial-succeeded'] ?? 0)).toBeGreaterThan(60);
  }, 600_000);
});

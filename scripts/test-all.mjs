#!/usr/bin/env node
/**
 * Runs every check in order (type check, unit tests, e2e tests), streams their output, then
 * prints per-suite counts and, as the very last line, `N passed, N failed` (plus
 * `, N skipped` when some were skipped) over unit and e2e tests. A failed type check, or a
 * suite that crashed before reporting its tests, counts as one failed test.
 * Exits non-zero when anything failed. Node built-ins only.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'test-results');
const unitReport = path.join(reportDir, 'unit-report.json');
/** Written by the json reporter configured in playwright.config.ts. */
const e2eReport = path.join(reportDir, 'e2e-report.json');

function bin(name) {
  return path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

function run(label, command, args) {
  console.log(`\n=== ${label}: ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) console.error(`[test-all] could not start ${label}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's json reporter (jest format). A file that failed to load has no tests: one failure. */
function unitCounts(report, exitCode) {
  if (!report) return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0, note: 'no report' };
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    note: brokenFiles > 0 ? `${brokenFiles} file(s) failed to run` : undefined,
  };
}

/** Playwright's json reporter. Flaky tests passed on a retry. Global errors without tests: one failure. */
function e2eCounts(report, exitCode) {
  if (!report?.stats) return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0, note: 'no report' };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const globalErrors = (report.errors ?? []).length;
  const crashed = unexpected === 0 && exitCode !== 0 ? 1 : 0;
  return {
    passed: expected + flaky,
    failed: unexpected + crashed,
    skipped,
    note: globalErrors > 0 ? `${globalErrors} error(s) outside tests` : undefined,
  };
}

function formatCounts(counts) {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${counts.passed} passed, ${counts.failed} failed${skipped}${counts.note ? ` (${counts.note})` : ''}`;
}

mkdirSync(reportDir, { recursive: true });
for (const file of [unitReport, e2eReport]) rmSync(file, { force: true });

const typecheckExit = run('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
const unitExit = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = unitCounts(existsSync(unitReport) ? readJson(unitReport) : undefined, unitExit);
const e2eExit = run('e2e tests', bin('playwright'), ['test']);
const e2e = e2eCounts(existsSync(e2eReport) ? readJson(e2eReport) : undefined, e2eExit);

const typecheckFailed = typecheckExit === 0 ? 0 : 1;
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + typecheckFailed;
const skipped = unit.skipped + e2e.skipped;

console.log('\n=== summary');
console.log(`type check: ${typecheckFailed ? 'FAILED (counted as 1 failed)' : 'ok'}`);
console.log(`unit:       ${formatCounts(unit)}`);
console.log(`e2e:        ${formatCounts(e2e)}`);
const ok = typecheckExit === 0 && unitExit === 0 && e2eExit === 0 && failed === 0;
process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = ok ? 0 : 1;

/** Browser figures: builds the bench pages, serves them, and reads what they measured in Chromium. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { ms, row, type Timing } from './measure';

const root = resolve(import.meta.dirname, '..');
const config = resolve(root, 'bench/browser/vite.config.ts');

export async function browserBench(): Promise<void> {
  console.log('\nBrowser (Chromium)');
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`bench pages did not build:\n${build.stderr}`);
  const server = await preview({ configFile: config, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4183/worker-bench.html');
    await page.waitForFunction(() => (window as { benchResult?: unknown }).benchResult !== undefined, undefined, { timeout: 120_000 });
    const r = (await page.evaluate(() => (window as { benchResult?: unknown }).benchResult)) as { ping: Timing; run: Timing; firstRun: number; error?: string };
    if (r.error) throw new Error(r.error);
    row('worker round trip (postMessage there and back)', `median ${ms(r.ping.median)}, p95 ${ms(r.ping.p95)}`);
    row('run start -> code (QuickJS) -> end via the worker', `median ${ms(r.run.median)}, p95 ${ms(r.run.p95)}`, `first run ${ms(r.firstRun)}`);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

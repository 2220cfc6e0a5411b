/** Builds the benchmark pages once, serves them with vite preview, and opens Chromium on them. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const config = resolve(root, 'bench/browser/vite.config.ts');
export const BENCH_ORIGIN = 'http://127.0.0.1:4183';
/** Headless Chromium as the e2e tests run it: software rendering, no GPU. */
export const CHROMIUM_NOTE = 'headless Chromium, --disable-gpu (software raster)';

let built = false;

export async function withBenchPages(use: (browser: Browser) => Promise<void>): Promise<void> {
  if (!built) {
    const build = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`bench pages did not build:\n${build.stderr}`);
    built = true;
  }
  const server = await preview({ configFile: config, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    await use(browser);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

/** Opens a bench page of bench/browser/ and returns the `window.benchResult` it sets (throwing the error it reports). */
export async function benchResult<T>(page: Page, path: string, timeout = 180_000): Promise<T> {
  await page.goto(`${BENCH_ORIGIN}/bench/browser/${path}`);
  await page.waitForFunction(() => (window as { benchResult?: unknown }).benchResult !== undefined, undefined, { timeout });
  const result = (await page.evaluate(() => (window as { benchResult?: unknown }).benchResult)) as T & { error?: string };
  if (result.error) throw new Error(`${path}: ${result.error}`);
  return result;
}

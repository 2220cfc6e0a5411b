/** Browser figures: the engine worker, measured in Chromium on the bench pages. */
import { ms, row, type Timing } from './measure';
import { benchResult, withBenchPages } from './bench-browser-pages';

export async function browserBench(): Promise<void> {
  console.log('\nBrowser (Chromium)');
  await withBenchPages(async (browser) => {
    const page = await browser.newPage();
    const r = await benchResult<{ ping: Timing; run: Timing; firstRun: number }>(page, 'worker-bench.html', 120_000);
    row('worker round trip (postMessage there and back)', `median ${ms(r.ping.median)}, p95 ${ms(r.ping.p95)}`);
    row('run start -> code (QuickJS) -> end via the worker', `median ${ms(r.run.median)}, p95 ${ms(r.run.p95)}`, `first run ${ms(r.firstRun)}`);
  });
}

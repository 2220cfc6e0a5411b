/**
 * JavaScript code-node sandbox figures: module load, a code-node call (fresh QuickJS runtime and
 * context each time), and how fast hostile code is stopped. Prints and returns; never asserts.
 */
import { createJavascriptSandbox } from '../src/sandbox/javascript';
import { loadQuickJsModule } from '../src/sandbox/javascript/quickjs-module';
import { ms, row, summarize, type Timing } from './measure';

/** A typical code node: destructure inputs, a little work, return a dict. */
const CODE_NODE = `function main({ text, items }) {
  const words = text.split(/\\s+/).filter(Boolean);
  return { count: words.length, upper: text.toUpperCase(), total: items.reduce((a, b) => a + b, 0) };
}`;

export interface JavascriptSandboxFigures {
  moduleLoad: Timing;
  call: Timing;
  /** Wall time until the sandbox answered, for code that never stops on its own. */
  infiniteLoopStop: { timeoutMs: number; elapsedMs: number; errorType: string };
  memoryBombStop: { elapsedMs: number; errorType: string };
  /** Loading a fresh module after an out-of-memory, included in the next call. */
  callAfterReplacement: number;
}

export async function measureJavascriptSandbox(calls = 500): Promise<JavascriptSandboxFigures> {
  const loads: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    await loadQuickJsModule();
    loads.push(performance.now() - started);
  }

  const sandbox = createJavascriptSandbox();
  const request = (i: number) => ({ code: CODE_NODE, inputs: { text: `call number ${i} of the bench`, items: [i, 2, 3] }, timeoutMs: 1000 });
  for (let i = 0; i < 50; i++) await sandbox.run(request(i)); // warm up the host JIT
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    const outcome = await sandbox.run(request(i));
    samples.push(performance.now() - started);
    if (!outcome.ok) throw new Error(`bench call failed: ${outcome.error}`);
  }

  const loop = await sandbox.run({ code: 'function main() { while (true) {} }', inputs: {}, timeoutMs: 100 });
  const bombStarted = performance.now();
  const bomb = await sandbox.run({ code: 'function main() { const a = []; while (true) a.push({ a: a.length }); }', inputs: {}, timeoutMs: 30_000 });
  const bombElapsed = performance.now() - bombStarted;
  const afterStarted = performance.now();
  await sandbox.run(request(0));
  const afterElapsed = performance.now() - afterStarted;
  sandbox.dispose();

  return {
    moduleLoad: summarize(loads),
    call: summarize(samples),
    infiniteLoopStop: { timeoutMs: 100, elapsedMs: loop.elapsedMs, errorType: loop.ok ? 'none' : loop.errorType },
    memoryBombStop: { elapsedMs: bombElapsed, errorType: bomb.ok ? 'none' : bomb.errorType },
    callAfterReplacement: afterElapsed,
  };
}

/** The `npm run bench` section (prints the figures measureJavascriptSandbox returns). */
export async function javascriptSandboxBench(): Promise<void> {
  console.log('\nJavaScript sandbox (QuickJS)');
  const figures = await measureJavascriptSandbox();
  row('module load (fresh WebAssembly module)', `median ${ms(figures.moduleLoad.median)}, p95 ${ms(figures.moduleLoad.p95)}`);
  row(`code-node call, fresh runtime+context (${figures.call.runs} calls)`, `median ${ms(figures.call.median)}, p95 ${ms(figures.call.p95)}`, 'target: median < 1 ms');
  row(`while(true){} with a ${figures.infiniteLoopStop.timeoutMs} ms limit`, `${ms(figures.infiniteLoopStop.elapsedMs)} (${figures.infiniteLoopStop.errorType})`);
  row('memory bomb (array push) until stopped', `${ms(figures.memoryBombStop.elapsedMs)} (${figures.memoryBombStop.errorType})`);
  row('next call, with a fresh module', ms(figures.callAfterReplacement));
}

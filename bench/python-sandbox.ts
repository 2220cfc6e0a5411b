/**
 * Python code-node sandbox figures (Pyodide in a worker thread): cold start, warm calls of
 * Dify's default python3 code, and how fast runaway code is stopped (interrupt, then hard stop
 * with a restart). Prints and returns; never asserts. Alone: `npx tsx bench/python-sandbox.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createNodePythonSandbox } from '../src/sandbox/python/node-sandbox';
import { ms, row, summarize, type Timing } from './measure';

/** The server default block of a python3 code node (dify-dsl.md 2.8). */
const DEFAULT_CODE = 'def main(arg1: str, arg2: str) -> dict:\n    return {\n        "result": arg1 + arg2,\n    }\n';

/** A typical code node: stdlib imports, a little work on a list of objects. */
const STDLIB_CODE = [
  'import json, re',
  'def main(items: list) -> dict:',
  '    words = [re.sub(r"\\W+", "", str(item["name"])).lower() for item in items]',
  '    return {"result": json.dumps(sorted(words))[:200], "count": len(words)}',
].join('\n');

export interface PythonSandboxFigures {
  /** From creating the sandbox to the first call's answer (worker, Pyodide, harness). */
  coldStartMs: number;
  /** Of which Pyodide's own load, as the worker measured it. */
  pyodideLoadMs: number;
  defaultCall: Timing;
  stdlibCall: Timing;
  /** `while True: pass`: stopped by KeyboardInterrupt, interpreter kept. */
  interruptStop: { timeoutMs: number; elapsedMs: number; errorType: string };
  /** `sum(range(10**14))`: ignores the interrupt, so the worker is terminated after the grace period. */
  hardStop: { timeoutMs: number; elapsedMs: number; errorType: string };
  /** The call after a hard stop, which includes a new cold start. */
  callAfterRestartMs: number;
}

async function timeCalls(run: () => Promise<{ ok: boolean }>, calls: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    const outcome = await run();
    samples.push(performance.now() - started);
    if (!outcome.ok) throw new Error('bench call failed');
  }
  return summarize(samples);
}

export async function measurePythonSandbox(calls = 200): Promise<PythonSandboxFigures> {
  const started = performance.now();
  const sandbox = createNodePythonSandbox();
  try {
    const first = await sandbox.run({ code: DEFAULT_CODE, inputs: { arg1: 'a', arg2: 'b' }, timeoutMs: 10_000 });
    if (!first.ok) throw new Error(`Python sandbox failed to start: ${first.error}`);
    const coldStartMs = performance.now() - started;
    const pyodideLoadMs = sandbox.loadMs;

    const items = Array.from({ length: 100 }, (_, i) => ({ name: `Item #${i}!`, value: i }));
    const defaultCall = await timeCalls(() => sandbox.run({ code: DEFAULT_CODE, inputs: { arg1: 'hello ', arg2: 'world' }, timeoutMs: 5000 }), calls);
    const stdlibCall = await timeCalls(() => sandbox.run({ code: STDLIB_CODE, inputs: { items }, timeoutMs: 5000 }), calls);

    const loop = await sandbox.run({ code: 'def main():\n    while True:\n        pass', inputs: {}, timeoutMs: 100 });
    const cLoop = await sandbox.run({ code: 'def main():\n    return {"x": sum(range(10**14))}', inputs: {}, timeoutMs: 100 });
    const afterStarted = performance.now();
    await sandbox.run({ code: DEFAULT_CODE, inputs: { arg1: 'a', arg2: 'b' }, timeoutMs: 10_000 });
    const callAfterRestartMs = performance.now() - afterStarted;

    return {
      coldStartMs,
      pyodideLoadMs,
      defaultCall,
      stdlibCall,
      interruptStop: { timeoutMs: 100, elapsedMs: loop.elapsedMs, errorType: loop.ok ? 'none' : loop.errorType },
      hardStop: { timeoutMs: 100, elapsedMs: cLoop.elapsedMs, errorType: cLoop.ok ? 'none' : cLoop.errorType },
      callAfterRestartMs,
    };
  } finally {
    sandbox.dispose();
  }
}

/** The `npm run bench` section (prints the figures measurePythonSandbox returns). */
export async function pythonSandboxBench(): Promise<void> {
  console.log('\nPython sandbox (Pyodide in a worker)');
  const figures = await measurePythonSandbox();
  row('cold start to first answer', `${ms(figures.coldStartMs)} (Pyodide load ${ms(figures.pyodideLoadMs)})`, 'expected: 2-3 s');
  row(`default code node, warm (${figures.defaultCall.runs} calls)`, `median ${ms(figures.defaultCall.median)}, p95 ${ms(figures.defaultCall.p95)}`, 'target: median < 5 ms');
  row(`json + re on 100 items, warm (${figures.stdlibCall.runs} calls)`, `median ${ms(figures.stdlibCall.median)}, p95 ${ms(figures.stdlibCall.p95)}`);
  row(`while True: pass with a ${figures.interruptStop.timeoutMs} ms limit`, `${ms(figures.interruptStop.elapsedMs)} (${figures.interruptStop.errorType}, interpreter kept)`);
  row(`C-level loop with a ${figures.hardStop.timeoutMs} ms limit (hard stop)`, `${ms(figures.hardStop.elapsedMs)} (${figures.hardStop.errorType})`);
  row('next call, with a fresh worker', ms(figures.callAfterRestartMs));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await pythonSandboxBench();
}

/**
 * Python sandbox (Pyodide in a worker thread) timings: cold start (worker + Pyodide + harness,
 * measured to the first answer) and warm calls of Dify's default python3 code node. Prints
 * figures; asserts nothing. Run alone with `npx tsx bench/python-sandbox.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createNodePythonSandbox } from '../src/sandbox/python/node-sandbox';

export interface PythonSandboxBench {
  /** From creating the sandbox to the first call's answer. */
  coldStartMs: number;
  /** Of which Pyodide's own load, as the worker measured it. */
  pyodideLoadMs: number;
  warm: Array<{ workload: string; calls: number; medianMs: number; p95Ms: number; maxMs: number }>;
}

const WORKLOADS: Record<string, { code: string; inputs: Record<string, unknown> }> = {
  'default template': {
    code: 'def main(arg1: str, arg2: str) -> dict:\n    return {\n        "result": arg1 + arg2,\n    }\n',
    inputs: { arg1: 'hello ', arg2: 'world' },
  },
  'json + re on 100 items': {
    code: [
      'import json, re',
      'def main(items: list) -> dict:',
      '    words = [re.sub(r"\\W+", "", str(item["name"])).lower() for item in items]',
      '    return {"result": json.dumps(sorted(words))[:200], "count": len(words)}',
    ].join('\n'),
    inputs: { items: Array.from({ length: 100 }, (_, i) => ({ name: `Item #${i}!`, value: i })) },
  },
};

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export async function benchPythonSandbox(calls = 200): Promise<PythonSandboxBench> {
  const started = performance.now();
  const sandbox = createNodePythonSandbox();
  try {
    const first = await sandbox.run({ code: 'def main():\n    return {}', inputs: {}, timeoutMs: 10_000 });
    if (!first.ok) throw new Error(`Python sandbox failed to start: ${first.error}`);
    const coldStartMs = performance.now() - started;
    const warm: PythonSandboxBench['warm'] = [];
    for (const [workload, { code, inputs }] of Object.entries(WORKLOADS)) {
      const times: number[] = [];
      for (let i = 0; i < calls; i += 1) {
        const t0 = performance.now();
        const result = await sandbox.run({ code, inputs, timeoutMs: 10_000 });
        times.push(performance.now() - t0);
        if (!result.ok) throw new Error(`${workload}: ${result.error}`);
      }
      times.sort((a, b) => a - b);
      warm.push({ workload, calls, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times.at(-1) ?? 0 });
    }
    return { coldStartMs, pyodideLoadMs: sandbox.loadMs, warm };
  } finally {
    sandbox.dispose();
  }
}

export function formatPythonSandboxBench(bench: PythonSandboxBench): string {
  const lines = [
    `python sandbox: cold start ${bench.coldStartMs.toFixed(0)} ms (Pyodide load ${bench.pyodideLoadMs.toFixed(0)} ms)`,
    ...bench.warm.map(
      (w) => `python sandbox: warm "${w.workload}" x${w.calls}: median ${w.medianMs.toFixed(2)} ms, p95 ${w.p95Ms.toFixed(2)} ms, max ${w.maxMs.toFixed(1)} ms`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatPythonSandboxBench(await benchPythonSandbox()));
}

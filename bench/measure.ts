/** Timing helpers for benchmarks: they print figures, they never assert. */

export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, runs: sorted.length };
}

export async function time(runs: number, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
export const us = (n: number) => `${n.toFixed(1)} µs`;

export function row(name: string, value: string, target = ''): void {
  console.log(`  ${name.padEnd(52)} ${value.padEnd(28)} ${target}`);
}

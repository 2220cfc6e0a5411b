/** `npm run bench`: prints Flowpad's speed figures. Benchmarks print; they never assert. */
// Loaded one by one, so a section's dependencies load only when it runs.
const sections: [string, () => Promise<void>][] = [
  ['dsl', async () => (await import('./dsl-bench')).dslBench()],
  ['scheduler', async () => (await import('./scheduler-bench')).schedulerBench()],
  ['javascript', async () => (await import('./javascript-sandbox')).javascriptSandboxBench()],
  ['python', async () => (await import('./python-sandbox')).pythonSandboxBench()],
  ['layout', async () => (await import('./layout-bench')).layoutBench()],
  ['browser', async () => (await import('./browser-bench')).browserBench()],
  ['editor', async () => (await import('./editor-bench')).editorBench()],
];

export {};

const only = process.argv.slice(2);
console.log(`Flowpad benchmarks (${new Date().toISOString()}, node ${process.version})`);
for (const [name, fn] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    await fn();
  } catch (e) {
    console.log(`  ${name}: FAILED ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  }
}

/** In the browser: round trips to the engine worker, and whole small runs through it. */
import { EngineClient } from '../../src/worker/engine-client';
import { workflow, codeNode, startNode, endNode } from '../../src/test-support/workflow-builder';
import { summarize } from '../measure';

declare global {
  interface Window { benchResult?: unknown }
}

async function main(): Promise<void> {
  const client = new EngineClient();
  await client.ping(); // starts the worker
  const pings: number[] = [];
  for (let i = 0; i < 300; i++) pings.push(await client.ping());

  const doc = workflow([startNode([{ variable: 'q' }]), codeNode('c', 'function main({q}) { return { r: q + "!" } }', { r: 'string' }, { q: ['start', 'q'] }), endNode('end', { r: ['c', 'r'] })], [['start', 'c'], ['c', 'end']]);
  const runs: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const result = await client.run({ document: doc, inputs: { q: 'x' } }, () => {}).done;
    if (result.status !== 'succeeded') throw new Error(`run ${result.status}: ${result.error}`);
    runs.push(performance.now() - t0);
  }
  window.benchResult = { ping: summarize(pings), run: summarize(runs.slice(1)), firstRun: runs[0] };
  document.getElementById('out')!.textContent = JSON.stringify(window.benchResult, null, 2);
}

main().catch((e) => {
  window.benchResult = { error: e instanceof Error ? e.message : String(e) };
});

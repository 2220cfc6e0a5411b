/** Scheduler overhead per node: a 10,000-node chain of pinned nodes (no executor work). */
import { runWorkflow } from '../src/engine/graph-engine';
import type { Pins } from '../src/engine/run-options';
import { testServices } from '../src/test-support/fake-services';
import { workflow, type EdgeDef, type NodeDef } from '../src/test-support/workflow-builder';
import { row, time, us } from './measure';

export async function schedulerBench(): Promise<void> {
  console.log('\nGraph engine');
  const n = 10_000;
  const nodes: NodeDef[] = [{ id: 'start', type: 'start', data: { variables: [] } }];
  const edges: EdgeDef[] = [];
  const pins: Pins = {};
  for (let i = 0; i < n - 1; i++) {
    const id = `n${i}`;
    nodes.push({ id, type: 'code', data: { code: '', code_language: 'javascript', variables: [], outputs: {} } });
    edges.push([i === 0 ? 'start' : `n${i - 1}`, id]);
    pins[id] = { result: i };
  }
  const document = workflow(nodes, edges);
  let events = 0;
  const once = async () => {
    const r = await runWorkflow({ document, services: testServices(), pins, limits: { maxSteps: n + 1 }, onEvent: () => events++ });
    if (r.status !== 'succeeded') throw new Error(`chain run ${r.status}: ${r.error ?? r.reason}`);
  };
  await once(); // warm-up: the JIT compiles the engine's hot paths
  await once();
  events = 0;
  const t = await time(7, async () => {
    await once();
  });
  row(`scheduler overhead per node, ${n.toLocaleString('en')}-node chain`, `${us((t.median * 1000) / n)} (median of ${t.runs})`, 'target < 20 µs');
  row('  whole chain', `median ${t.median.toFixed(0)} ms, ${Math.round(events / t.runs).toLocaleString('en')} events a run`);
}

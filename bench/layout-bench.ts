/** Auto-layout ("Organize", Ctrl+O) figures: ELK on generated 200- and 1,000-node workflows. */
import { applyLayout } from '../src/canvas/layout/apply-layout';
import { autoLayout } from '../src/canvas/layout/auto-layout';
import { generateWorkflow } from './generate-workflow';
import { ms, row, time } from './measure';

export async function layoutBench(): Promise<void> {
  console.log('\nAuto-layout (elkjs, calling thread)');
  for (const [count, runs] of [[200, 10], [1000, 5]] as const) {
    const doc = generateWorkflow(count);
    await autoLayout(doc); // load ELK and warm up outside the timing
    const t = await time(runs, async () => applyLayout(doc, await autoLayout(doc)));
    row(`organize, generated ${count.toLocaleString('en')}-node workflow`, `median ${ms(t.median)}, p95 ${ms(t.p95)}`);
  }
}

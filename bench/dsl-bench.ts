/** DSL core figures: parse, serialize and checklist of the largest real file and a 1,000-node workflow. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, serialize } from '../src/dsl';
import { runChecklist } from '../src/checklist/checklist';
import { generateWorkflow } from './generate-workflow';
import { ms, row, time } from './measure';

export async function dslBench(): Promise<void> {
  console.log('\nDSL core');
  const corpus = resolve(import.meta.dirname, '../../shared/corpus/dsl');
  const files: { name: string; text: string }[] = [];
  if (existsSync(corpus)) {
    const largest = readdirSync(corpus).sort((a, b) => statSync(join(corpus, b)).size - statSync(join(corpus, a)).size)[0]!;
    files.push({ name: `largest corpus file (${(statSync(join(corpus, largest)).size / 1024).toFixed(0)} KB)`, text: readFileSync(join(corpus, largest), 'utf8') });
  } else console.log('  (corpus not found beside the repo: corpus figures skipped)');
  const generated = serialize(generateWorkflow(1000));
  files.push({ name: `generated 1,000-node workflow (${(generated.length / 1024).toFixed(0)} KB)`, text: generated });
  for (const f of files) {
    const r = parse(f.text);
    if (!r.ok) throw new Error(`${f.name} does not parse: ${r.errors[0]?.message}`);
    const p = await time(10, () => parse(f.text));
    const s = await time(10, () => serialize(r.document));
    const c = await time(5, () => runChecklist(r.document));
    row(`parse, ${f.name}`, `median ${ms(p.median)}, p95 ${ms(p.p95)}`);
    row(`serialize, ${f.name}`, `median ${ms(s.median)}, p95 ${ms(s.p95)}`);
    row(`checklist, ${f.name}`, `median ${ms(c.median)}, p95 ${ms(c.p95)}`);
  }
}

/**
 * Test data: the real Dify files in ../shared/corpus (present in CI, absent in a user's clone)
 * and our own fixtures in src/fixtures (always present).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = resolve(repoRoot, '../shared/corpus/dsl');
export const fixturesDir = join(repoRoot, 'src/fixtures');
export const hasCorpus = existsSync(corpusDir);

if (!hasCorpus) {
  console.warn(`[flowpad tests] corpus not found at ${corpusDir}: corpus tests are SKIPPED (only our fixtures run).`);
}

export interface DslFile {
  name: string;
  text: string;
}

function readDir(dir: string): DslFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export const corpusFiles = (): DslFile[] => readDir(corpusDir);
export const fixtureFiles = (): DslFile[] => readDir(fixturesDir);

/** Helpers for block-type tests: real nodes of a type from the corpus, and fixtures with one field broken. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DslError, type DslNodeData } from '../dsl';
import { readYaml } from '../dsl/yaml/read-yaml';
import { describe, expect, it } from 'vitest';
import { corpusFiles, fixturesDir, hasCorpus } from './corpus';

export const fixtureText = (name: string): string => readFileSync(join(fixturesDir, name), 'utf8');

function recordOf(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Every corpus node's data of one block type, read without our schemas, with its file name. */
export function corpusNodes(type: string): { file: string; data: DslNodeData }[] {
  return corpusFiles().flatMap((f) => {
    const read = readYaml(f.text);
    const nodes = read.ok ? recordOf(recordOf(recordOf(read.value).workflow).graph).nodes : [];
    return (Array.isArray(nodes) ? nodes : []).map(recordOf).map((n) => recordOf(n.data))
      .filter((d) => d.type === type).map((data) => ({ file: f.name, data: data as DslNodeData }));
  });
}

/** Parses `text`, changes the first node of `type`, and parses the re-exported text again. */
export function parseBroken(text: string, type: string, mutate: (data: DslNodeData) => void) {
  const ok = parse(text);
  if (!ok.ok) throw new Error('fixture does not parse');
  const index = ok.document.workflow.graph.nodes.findIndex((n) => n.data.type === type);
  if (index < 0) throw new Error(`no ${type} node in the fixture`);
  mutate(ok.document.workflow.graph.nodes[index]!.data);
  const result = parse(serialize(ok.document));
  const errors: DslError[] = result.ok ? [] : result.errors;
  return { index, prefix: `workflow.graph.nodes[${index}].data`, result, errors };
}

/** parseBroken on a fixture file by name. */
export const breakFixture = (name: string, type: string, mutate: (data: DslNodeData) => void) => parseBroken(fixtureText(name), type, mutate);

/** Registers the test every block type has: its schema accepts every real corpus node of the type. */
export function describeCorpusSchema(type: string, schema: { safeParse(data: unknown): { success: boolean } }, atLeast = 1): void {
  describe.skipIf(!hasCorpus)(`${type} schema on the corpus`, () => {
    it('accepts every corpus node of this type', () => {
      const nodes = corpusNodes(type);
      expect(nodes.length).toBeGreaterThanOrEqual(atLeast);
      expect(nodes.filter((n) => !schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
    });
  });
}

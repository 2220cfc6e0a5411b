import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { readYaml } from '../../dsl/yaml/read-yaml';
import { corpusFiles, fixturesDir, hasCorpus } from '../../test-support/corpus';
import { loopStartSpec } from './spec';

const TYPE = 'loop-start';
const ctx = { appMode: 'workflow' as const };
const fixture = (name: string) => readFileSync(join(fixturesDir, name), 'utf8');
const WORKFLOW = fixture('workflow-logic-blocks.yml');

function corpusNodes(type: string) {
  return corpusFiles().flatMap((f) => {
    const read = readYaml(f.text);
    const nodes = read.ok ? (read.value as { workflow?: { graph?: { nodes?: { data?: DslNodeData }[] } } }).workflow?.graph?.nodes : [];
    return (nodes ?? []).filter((n) => n?.data?.type === type).map((n) => ({ file: f.name, data: n.data }));
  });
}

/** Parse `text` after changing the first node of `type`; returns its index and the result. */
function parseBroken(text: string, type: string, mutate: (data: Record<string, unknown>) => void) {
  const ok = parse(text);
  if (!ok.ok) throw new Error('fixture does not parse');
  const index = ok.document.workflow.graph.nodes.findIndex((n) => n.data.type === type);
  mutate(ok.document.workflow.graph.nodes[index]!.data);
  return { index, result: parse(serialize(ok.document)) };
}

describe.skipIf(!hasCorpus)(`${TYPE} schema on the corpus`, () => {
  it('accepts every corpus node of this type', () => {
    const nodes = corpusNodes(TYPE);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !loopStartSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe(`${TYPE} fixture`, () => {
  it('is the start child of its container, with one outgoing edge', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    const parent = r.document.workflow.graph.nodes.find((n) => n.id === node.parentId)!;
    expect(parent.data.type).toBe('loop');
    expect(parent.data.start_node_id).toBe(node.id);
    expect(node.type).toBe(loopStartSpec.flowType);
    expect(r.document.workflow.graph.edges.filter((e) => e.target === node.id)).toEqual([]);
    expect(r.document.workflow.graph.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle))
      .toEqual(loopStartSpec.sourceHandles(node.data).map((h) => h.id));
  });

  it('rejects isInLoop written as text, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { d.isInLoop = 'yes'; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.isInLoop`);
      expect(result.errors[0]!.message).toMatch(/expected true or false, got the text "yes"/);
    }
  });
});

describe(`${TYPE} spec`, () => {
  it('has a source handle and no target, and is never offered', () => {
    const data: DslNodeData = { type: TYPE, title: '' };
    expect(loopStartSpec.sourceHandles(data)).toEqual([{ id: 'source' }]);
    expect(loopStartSpec.hasTargetHandle).toBe(false);
    expect(loopStartSpec.classification).toBe('hidden');
    expect(loopStartSpec.flowType).toBe('custom-loop-start');
    expect(loopStartSpec.defaults(ctx)).toEqual({ isInLoop: true });
  });

  it('has no outputs, reads nothing and never fails its check', () => {
    const data: DslNodeData = { type: TYPE, title: '', isInLoop: true };
    expect(loopStartSpec.outputs(data, ctx)).toEqual([]);
    expect(loopStartSpec.usedSelectors(data)).toEqual([]);
    expect(loopStartSpec.check(data, ctx)).toBeUndefined();
  });
});

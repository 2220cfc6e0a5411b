import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../dsl';
import { hasCorpus } from '../test-support/corpus';
import { corpusNodes, fixtureText, parseBroken } from '../test-support/node-fixtures';
import { iterationStartSpec } from './iteration-start/spec';
import { loopStartSpec } from './loop-start/spec';

const ctx = { appMode: 'workflow' as const };
const WORKFLOW = fixtureText('workflow-logic-blocks.yml');

describe.each([
  { kind: 'iteration', spec: iterationStartSpec, flag: 'isInIteration' },
  { kind: 'loop', spec: loopStartSpec, flag: 'isInLoop' },
] as const)('$kind start child', ({ kind, spec, flag }) => {
  const TYPE = `${kind}-start`;

  it.skipIf(!hasCorpus)('accepts every corpus node of this type', () => {
    const nodes = corpusNodes(TYPE);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !spec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });

  it('is the start child of its container in the fixture, with one outgoing edge', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const node = r.document.workflow.graph.nodes.find((n) => n.data.type === TYPE)!;
    const parent = r.document.workflow.graph.nodes.find((n) => n.id === node.parentId)!;
    expect(parent.data.type).toBe(kind);
    expect(parent.data.start_node_id).toBe(node.id);
    expect(node.type).toBe(spec.flowType);
    expect(r.document.workflow.graph.edges.filter((e) => e.target === node.id)).toEqual([]);
    expect(r.document.workflow.graph.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle))
      .toEqual(spec.sourceHandles(node.data).map((h) => h.id));
  });

  it(`rejects ${flag} written as text, with the full path`, () => {
    const { index, errors } = parseBroken(WORKFLOW, TYPE, (d) => { (d as Record<string, unknown>)[flag] = 'yes'; });
    expect(errors[0]?.path).toBe(`workflow.graph.nodes[${index}].data.${flag}`);
    expect(errors[0]?.message).toMatch(/expected true or false, got the text "yes"/);
  });

  it('has a source handle, no target, no outputs, and is never offered', () => {
    const data: DslNodeData = { type: TYPE, title: '', [flag]: true };
    expect(spec.sourceHandles(data)).toEqual([{ id: 'source' }]);
    expect(spec.hasTargetHandle).toBe(false);
    expect(spec.classification).toBe('hidden');
    expect(spec.flowType).toBe(`custom-${kind}-start`);
    expect(spec.defaults(ctx)).toEqual({ [flag]: true });
    expect(spec.outputs(data, ctx)).toEqual([]);
    expect(spec.usedSelectors(data)).toEqual([]);
    expect(spec.check(data, ctx)).toBeUndefined();
  });
});

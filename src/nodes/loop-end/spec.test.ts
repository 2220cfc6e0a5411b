import { describe, expect, it } from 'vitest';
import { parse, type DslNodeData } from '../../dsl';
import { loopEndSpec } from './spec';
import { fixtureText, parseBroken } from '../../test-support/node-fixtures';

const TYPE = 'loop-end';
const ctx = { appMode: 'workflow' as const };
const fixture = fixtureText;
const WORKFLOW = fixture('workflow-logic-blocks.yml');

// The corpus holds no loop-end node; the fixture (a loop whose IF branch exits) covers it.

describe(`${TYPE} fixture`, () => {
  it('sits inside a loop, reached from an IF branch, with nothing after it', () => {
    const r = parse(WORKFLOW);
    if (!r.ok) throw new Error('fixture does not parse');
    const { nodes, edges } = r.document.workflow.graph;
    const node = nodes.find((n) => n.data.type === TYPE)!;
    expect(node.type).toBe('custom-simple');
    expect(nodes.find((n) => n.id === node.parentId)!.data.type).toBe('loop');
    expect(node.data).toMatchObject({ isInLoop: true, loop_id: node.parentId });
    expect(edges.filter((e) => e.source === node.id)).toEqual([]);
    expect(edges.find((e) => e.target === node.id)).toMatchObject({ sourceHandle: 'true', data: { sourceType: 'if-else', isInLoop: true } });
  });

  it('rejects a title that is a number, with the full path', () => {
    const { index, result } = parseBroken(WORKFLOW, TYPE, (d) => { (d as Record<string, unknown>).title = 3; });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(`workflow.graph.nodes[${index}].data.title`);
      expect(result.errors[0]!.message).toMatch(/expected text, got the number 3/);
    }
  });
});

describe(`${TYPE} spec`, () => {
  it('has a target handle only and is a singleton Exit Loop', () => {
    const data: DslNodeData = { type: TYPE, title: 'Exit Loop' };
    expect(loopEndSpec.sourceHandles(data)).toEqual([]);
    expect(loopEndSpec.hasTargetHandle).toBe(true);
    expect(loopEndSpec).toMatchObject({ title: 'Exit Loop', flowType: 'custom-simple', classification: 'logic', sort: 2, singleton: true });
    expect(loopEndSpec.outputs(data, ctx)).toEqual([]);
    expect(loopEndSpec.check(data, ctx)).toBeUndefined();
  });
});

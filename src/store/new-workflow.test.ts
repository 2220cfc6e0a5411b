import { describe, expect, it } from 'vitest';
import { CURRENT_DSL_VERSION, parse, serialize } from '../dsl';
import { newWorkflow } from './new-workflow';

describe('newWorkflow', () => {
  it('holds one start node at (80, 282) with a Date.now() id', () => {
    const doc = newWorkflow(1754827949615);
    expect(doc.app.mode).toBe('workflow');
    expect(doc.version).toBe(CURRENT_DSL_VERSION);
    const nodes = doc.workflow.graph.nodes;
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      id: '1754827949615',
      type: 'custom',
      position: { x: 80, y: 282 },
      data: { type: 'start', title: 'User Input', desc: '', variables: [] },
    });
    expect(doc.workflow.graph.edges).toEqual([]);
    expect(doc.workflow.graph.viewport).toEqual({ x: 0, y: 0, zoom: 0.7 });
  });

  it('starts with Dify defaults for features and empty variable lists', () => {
    const wf = newWorkflow(1).workflow;
    expect(wf.features).toEqual({ retriever_resource: { enabled: true } });
    expect(wf.environment_variables).toEqual([]);
    expect(wf.conversation_variables).toEqual([]);
    expect(wf.rag_pipeline_variables).toEqual([]);
  });

  it('uses the current time by default and returns a fresh object each call', () => {
    const before = Date.now();
    const a = newWorkflow();
    const b = newWorkflow();
    expect(Number(a.workflow.graph.nodes[0]?.id)).toBeGreaterThanOrEqual(before);
    expect(a).not.toBe(b);
    expect(a.workflow.graph.nodes[0]?.position).not.toBe(b.workflow.graph.nodes[0]?.position);
  });

  it('exports to DSL that parses back to the same document', () => {
    const doc = newWorkflow(1711111111111);
    const back = parse(serialize(doc));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.document).toEqual(doc);
      expect(back.status).toBe('completed');
    }
  });
});

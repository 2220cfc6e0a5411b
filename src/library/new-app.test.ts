import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../dsl';
import { newApp, newChatflow } from './new-app';

describe('new apps', () => {
  it('a new workflow is one User Input node in workflow mode', () => {
    const doc = newApp('workflow', 42);
    expect(doc.app.mode).toBe('workflow');
    expect(doc.workflow.graph.nodes.map((n) => n.data.type)).toEqual(['start']);
  });

  it("a new chatflow is Dify's start -> llm -> answer chain, 300 px apart, and survives export and import", () => {
    const doc = newChatflow(42);
    expect(doc.app.mode).toBe('advanced-chat');
    const nodes = doc.workflow.graph.nodes;
    expect(nodes.map((n) => [n.id, n.data.type, n.position?.x])).toEqual([['42', 'start', 80], ['llm', 'llm', 380], ['answer', 'answer', 680]]);
    expect(doc.workflow.graph.edges.map((e) => `${e.source}->${e.target}`)).toEqual(['42->llm', 'llm->answer']);
    expect(nodes[1]!.data.memory).toEqual({ window: { enabled: false, size: 10 }, query_prompt_template: '{{#sys.query#}}\n\n{{#sys.files#}}' });
    expect(nodes[2]!.data.answer).toBe('{{#llm.text#}}');
    const again = parse(serialize(doc));
    expect(again.ok && again.document.workflow.graph.edges).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../../store/new-workflow';
import { addNode } from '../../store/commands';
import { node, ok } from '../../store/commands/command-test-kit';
import { canvasSlots, paletteGroups, paletteKey, type PaletteGroup } from './palette-groups';

const titles = (groups: PaletteGroup[]) => groups.map((g) => [g.label ?? '', g.entries.map((e) => e.title)]);
const chat = (doc: DslDocument): DslDocument => ({ ...doc, app: { ...doc.app, mode: 'advanced-chat' } });
const empty = (doc: DslDocument): DslDocument => ({ ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: [], edges: [] } } });

describe('paletteGroups', () => {
  it('lists a workflow\'s blocks in Dify\'s groups and order, without the start it already has', () => {
    const doc = newWorkflow(1);
    expect(titles(paletteGroups(doc, canvasSlots(doc)))).toEqual([
      ['', ['LLM', 'Knowledge Retrieval', 'Output', 'Agent']],
      ['Question Understand', ['Question Classifier']],
      ['Logic', ['IF/ELSE', 'Human Input', 'Iteration', 'Loop']],
      ['Transform', ['Code', 'Template', 'Variable Aggregator', 'Doc Extractor', 'Variable Assigner', 'Parameter Extractor']],
      ['Utilities', ['HTTP Request', 'List Operator']],
    ]);
  });

  it('offers the Start group on an empty workflow, Answer instead of Output in a chatflow and no triggers there', () => {
    const wf = empty(newWorkflow(1));
    expect(paletteGroups(wf, canvasSlots(wf))[0]).toEqual({
      key: 'start', label: 'Start',
      entries: [{ type: 'start', title: 'User Input' }, { type: 'trigger-plugin', title: 'Plugin Trigger' }, { type: 'trigger-schedule', title: 'Schedule Trigger' }, { type: 'trigger-webhook', title: 'Webhook Trigger' }],
    });
    const cf = empty(chat(newWorkflow(1)));
    const groups = paletteGroups(cf, canvasSlots(cf));
    expect(groups[0]!.entries.map((e) => e.type)).toEqual(['start']);
    expect(groups[1]!.entries.map((e) => e.title)).toEqual(['LLM', 'Knowledge Retrieval', 'Answer', 'Agent']);
  });

  it('offers Exit Loop only when there is a loop to put it in, and inside a container no containers or Output', () => {
    let doc = newWorkflow(1);
    const logic = () => paletteGroups(doc, canvasSlots(doc)).find((g) => g.key === 'logic')!.entries.map((e) => e.type);
    expect(logic()).not.toContain('loop-end');
    doc = ok(addNode(doc, { type: 'loop', position: { x: 0, y: 0 }, id: 'lp' }));
    expect(logic()).toEqual(['if-else', 'human-input', 'iteration', 'loop-end', 'loop']);
    const inLoop = paletteGroups(doc, [{ parent: node(doc, 'lp'), connected: true }]);
    expect(inLoop.flatMap((g) => g.entries.map((e) => e.type))).not.toEqual(expect.arrayContaining(['iteration']));
    expect(titles(inLoop).slice(0, 1)).toEqual([['', ['LLM', 'Knowledge Retrieval', 'Agent']]]);
    expect(inLoop.find((g) => g.key === 'logic')!.entries.map((e) => e.type)).toEqual(['if-else', 'loop-end']);
  });

  it('offers no entry block after a handle, since nothing can connect into one', () => {
    const wf = empty(newWorkflow(1));
    expect(paletteGroups(wf, [{ connected: true }]).map((g) => g.key)).not.toContain('start');
  });

  it('offers before a node only blocks with an output, entry blocks included where one may be added', () => {
    const wf = empty(newWorkflow(1));
    const before = paletteGroups(wf, [{ connected: false, leadsOn: true }]);
    expect(before[0]!.entries.map((e) => e.type)).toEqual(['start', 'trigger-plugin', 'trigger-schedule', 'trigger-webhook']);
    const types = before.flatMap((g) => g.entries.map((e) => e.type));
    expect(types).toContain('if-else');
    expect(types).not.toContain('end');
  });

  it('filters by title, ignoring case and surrounding spaces, and drops emptied groups', () => {
    const doc = newWorkflow(1);
    expect(titles(paletteGroups(doc, canvasSlots(doc), '  ext'))).toEqual([
      ['Transform', ['Doc Extractor', 'Parameter Extractor']],
    ]);
    expect(paletteGroups(doc, canvasSlots(doc), 'zzz')).toEqual([]);
    expect(titles(paletteGroups(doc, canvasSlots(doc), 'if/'))).toEqual([['Logic', ['IF/ELSE']]]);
  });
});

describe('paletteKey', () => {
  it('changes with what the offer depends on, not with moves or titles', () => {
    const doc = newWorkflow(1);
    const moved = { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: doc.workflow.graph.nodes.map((n) => ({ ...n, position: { x: 5, y: 5 }, data: { ...n.data, title: 'x' } })) } } };
    expect(paletteKey(moved)).toBe(paletteKey(doc));
    expect(paletteKey(empty(doc))).not.toBe(paletteKey(doc));
    expect(paletteKey(chat(doc))).not.toBe(paletteKey(doc));
    const withLoop = ok(addNode(doc, { type: 'loop', position: { x: 0, y: 0 }, id: 'lp' }));
    expect(paletteKey(withLoop)).not.toBe(paletteKey(doc));
    expect(paletteKey(ok(addNode(withLoop, { type: 'code', position: { x: 0, y: 0 }, id: 'c' })))).toBe(paletteKey(withLoop));
  });
});

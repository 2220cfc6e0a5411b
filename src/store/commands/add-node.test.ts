import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { node, ok, reason } from './command-test-kit';

const wf = () => newWorkflow(1);
const chat = (): DslDocument => ({ ...wf(), app: { ...wf().app, mode: 'advanced-chat' } });

describe('addNode', () => {
  it('adds a block with its defaults and canvas fields, keeping the other nodes', () => {
    const before = wf();
    const doc = ok(addNode(before, { type: 'code', position: { x: 380, y: 282 }, now: 100 }));
    expect(doc.workflow.graph.nodes[0]).toBe(before.workflow.graph.nodes[0]);
    expect(doc.workflow.graph.edges).toBe(before.workflow.graph.edges);
    expect(before.workflow.graph.nodes).toHaveLength(1);
    const n = node(doc, '100');
    expect(n).toMatchObject({
      type: 'custom', position: { x: 380, y: 282 }, sourcePosition: 'right', targetPosition: 'left', width: 244, height: 90,
      data: { type: 'code', title: 'Code', desc: '', code_language: 'python3' },
    });
    expect(n).not.toHaveProperty('parentId');
  });

  it('numbers titles as Dify does and never reuses an id', () => {
    let doc = ok(addNode(wf(), { type: 'llm', position: { x: 0, y: 0 }, now: 100 }));
    doc = ok(addNode(doc, { type: 'llm', position: { x: 0, y: 0 }, now: 100 }));
    doc = ok(addNode(doc, { type: 'llm', position: { x: 0, y: 0 }, now: 100 }));
    expect(doc.workflow.graph.nodes.map((n) => [n.id, n.data.title])).toEqual([
      ['1', 'User Input'], ['100', 'LLM'], ['101', 'LLM 2'], ['102', 'LLM 3'],
    ]);
  });

  it('uses the React Flow type of the spec', () => {
    const doc = ok(addNode(wf(), { type: 'loop', position: { x: 0, y: 0 }, now: 5 }));
    const inLoop = ok(addNode(doc, { type: 'loop-end', position: { x: 200, y: 68 }, parentId: '5', now: 9 }));
    expect(node(inLoop, '9').type).toBe('custom-simple');
  });

  it.each([['iteration', 'isInIteration'], ['loop', 'isInLoop']] as const)('creates a %s with its start child', (type, flag) => {
    const doc = ok(addNode(wf(), { type, position: { x: 400, y: 100 }, id: 'c' }));
    const container = node(doc, 'c');
    expect(container).toMatchObject({ width: 508, height: 204, zIndex: 1, data: { start_node_id: 'cstart', width: 508, height: 204, title: type === 'loop' ? 'Loop' : 'Iteration' } });
    expect(node(doc, 'cstart')).toEqual({
      id: 'cstart', type: `custom-${type}-start`, parentId: 'c', position: { x: 24, y: 68 }, draggable: false, selectable: false, zIndex: 1002,
      data: { type: `${type}-start`, title: '', desc: '', [flag]: true },
    });
  });

  it('puts a child inside a container with the container flags', () => {
    const doc = ok(addNode(wf(), { type: 'iteration', position: { x: 0, y: 0 }, id: 'it' }));
    const child = node(ok(addNode(doc, { type: 'code', position: { x: 120, y: 68 }, parentId: 'it', id: 'k' })), 'k');
    expect(child).toMatchObject({ parentId: 'it', zIndex: 1002, data: { isInIteration: true, iteration_id: 'it' } });
    const loop = ok(addNode(wf(), { type: 'loop', position: { x: 0, y: 0 }, id: 'lp' }));
    expect(node(ok(addNode(loop, { type: 'assigner', position: { x: 1, y: 1 }, parentId: 'lp', id: 'a' })), 'a').data).toMatchObject({ isInLoop: true, loop_id: 'lp' });
  });

  const withLoop = () => ok(addNode(wf(), { type: 'loop', position: { x: 0, y: 0 }, id: 'lp' }));
  const withIteration = () => ok(addNode(wf(), { type: 'iteration', position: { x: 0, y: 0 }, id: 'it' }));
  const withTrigger = () => ok(addNode({ ...wf(), workflow: { ...wf().workflow, graph: { nodes: [], edges: [] } } }, { type: 'trigger-webhook', position: { x: 0, y: 0 }, id: 't' }));

  it.each<[string, () => DslDocument, Parameters<typeof addNode>[1], RegExp]>([
    ['a second start', wf, { type: 'start', position: { x: 0, y: 0 } }, /only one User Input/],
    ['an iteration in a loop', withLoop, { type: 'iteration', position: { x: 0, y: 0 }, parentId: 'lp' }, /Iteration cannot be placed inside a loop/],
    ['a loop in an iteration', withIteration, { type: 'loop', position: { x: 0, y: 0 }, parentId: 'it' }, /Loop cannot be placed inside an iteration/],
    ['an end in a loop', withLoop, { type: 'end', position: { x: 0, y: 0 }, parentId: 'lp' }, /Output cannot be placed inside a loop/],
    ['a human input in an iteration', withIteration, { type: 'human-input', position: { x: 0, y: 0 }, parentId: 'it' }, /Human Input cannot be placed/],
    ['an exit loop outside a loop', wf, { type: 'loop-end', position: { x: 0, y: 0 } }, /Exit Loop can only be placed inside a loop/],
    ['an exit loop in an iteration', withIteration, { type: 'loop-end', position: { x: 0, y: 0 }, parentId: 'it' }, /Exit Loop can only be placed inside a loop/],
    ['an end in a chatflow', chat, { type: 'end', position: { x: 0, y: 0 } }, /not available in a chatflow/],
    ['an answer in a workflow', wf, { type: 'answer', position: { x: 0, y: 0 } }, /Answer is not available in a workflow/],
    ['a trigger in a chatflow', chat, { type: 'trigger-schedule', position: { x: 0, y: 0 } }, /not available in a chatflow/],
    ['a trigger next to a start', wf, { type: 'trigger-webhook', position: { x: 0, y: 0 } }, /trigger cannot be added next to User Input/],
    ['a start next to a trigger', withTrigger, { type: 'start', position: { x: 0, y: 0 } }, /User Input cannot be added next to a trigger/],
    ['an unknown type', wf, { type: 'teleport', position: { x: 0, y: 0 } }, /'teleport' is not a block type/],
    ['a hidden start child', wf, { type: 'loop-start', position: { x: 0, y: 0 } }, /not a block type/],
    ['a missing parent', wf, { type: 'code', position: { x: 0, y: 0 }, parentId: 'nope' }, /no node 'nope'/],
    ['a parent that is no container', wf, { type: 'code', position: { x: 0, y: 0 }, parentId: '1' }, /not an iteration or a loop/],
    ['an id already used', wf, { type: 'code', position: { x: 0, y: 0 }, id: '1' }, /already exists/],
  ])('refuses %s', (_label, make, args, expected) => {
    expect(reason(addNode(make(), args))).toMatch(expected);
  });

  it('allows several exit loops in one loop and triggers together', () => {
    let doc = ok(addNode(withLoop(), { type: 'loop-end', position: { x: 0, y: 0 }, parentId: 'lp', id: 'e1' }));
    doc = ok(addNode(doc, { type: 'loop-end', position: { x: 0, y: 100 }, parentId: 'lp', id: 'e2' }));
    expect(node(doc, 'e2').data.title).toBe('Exit Loop 2');
    const triggers = ok(addNode(withTrigger(), { type: 'trigger-schedule', position: { x: 0, y: 0 }, id: 's' }));
    expect(triggers.workflow.graph.nodes).toHaveLength(2);
  });
});

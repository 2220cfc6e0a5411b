import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { edgesOf, node, ok, reason } from './command-test-kit';
import { connect } from './connect';
import { editNodeData, pruneDanglingHandles, setNodeTitle } from './edit-data';
import { withGraph } from './graph-update';

const at = { x: 0, y: 0 };
function branching(): DslDocument {
  let doc = newWorkflow(1);
  for (const [type, id] of [['if-else', 'i'], ['question-classifier', 'q'], ['human-input', 'h'], ['code', 'a'], ['code', 'b'], ['code', 'c']] as const) {
    doc = ok(addNode(doc, { type, position: at, id }));
  }
  doc = ok(editNodeData(doc, 'i', { cases: [{ case_id: 'true', logical_operator: 'and', conditions: [] }, { case_id: 'x2', logical_operator: 'and', conditions: [] }] }));
  doc = ok(editNodeData(doc, 'h', { user_actions: [{ id: 'approve', title: 'OK', button_style: 'primary' }, { id: 'reject', title: 'No', button_style: 'default' }] }));
  const links: Array<[string, string, string]> = [['i', 'true', 'a'], ['i', 'x2', 'b'], ['i', 'false', 'c'], ['q', '1', 'a'], ['q', '2', 'b'], ['h', 'approve', 'a'], ['h', 'reject', 'b'], ['h', '__timeout', 'c']];
  for (const [source, sourceHandle, target] of links) doc = ok(connect(doc, { source, sourceHandle, target }));
  return doc;
}

describe('editNodeData', () => {
  it('merges shallowly, removes keys given as undefined, and keeps other nodes identical', () => {
    const before = ok(addNode(newWorkflow(1), { type: 'code', position: at, id: 'a' }));
    const doc = ok(editNodeData(before, 'a', { code: 'x = 1', desc: undefined }));
    expect(node(doc, 'a').data).toMatchObject({ type: 'code', title: 'Code', code: 'x = 1' });
    expect(node(doc, 'a').data).not.toHaveProperty('desc');
    expect(node(doc, '1')).toBe(node(before, '1'));
    expect(node(before, 'a').data.desc).toBe('');
  });

  it('returns the same document when nothing changes', () => {
    const before = ok(addNode(newWorkflow(1), { type: 'code', position: at, id: 'a' }));
    expect(editNodeData(before, 'a', { title: 'Code', missing: undefined })).toBe(before);
  });

  it('refuses a missing node and a type change', () => {
    expect(reason(editNodeData(newWorkflow(1), 'zz', { title: 'x' }))).toMatch(/no node 'zz'/);
    expect(reason(editNodeData(newWorkflow(1), '1', { type: 'llm' }))).toMatch(/type cannot be edited/);
  });

  it('sets a title', () => {
    expect(node(ok(setNodeTitle(newWorkflow(1), '1', 'Ask')), '1').data.title).toBe('Ask');
  });

  it('drops the edges of a removed IF case, classifier class and human-input action', () => {
    let doc = branching();
    doc = ok(editNodeData(doc, 'i', { cases: [{ case_id: 'true', logical_operator: 'and', conditions: [] }] }));
    doc = ok(editNodeData(doc, 'q', { classes: [{ id: '2', name: 'B' }] }));
    doc = ok(editNodeData(doc, 'h', { user_actions: [{ id: 'reject', title: 'No', button_style: 'default' }] }));
    expect(edgesOf(doc)).toEqual([['i', 'true', 'a'], ['i', 'false', 'c'], ['q', '2', 'b'], ['h', 'reject', 'b'], ['h', '__timeout', 'c']]);
  });

  it('drops fail-branch edges when the error strategy goes', () => {
    let doc = ok(addNode(newWorkflow(1), { type: 'code', position: at, id: 'a' }));
    doc = ok(addNode(doc, { type: 'code', position: at, id: 'b' }));
    doc = ok(editNodeData(doc, 'a', { error_strategy: 'fail-branch' }));
    doc = ok(connect(doc, { source: 'a', sourceHandle: 'fail-branch', target: 'b' }));
    expect(edgesOf(ok(editNodeData(doc, 'a', { error_strategy: undefined })))).toEqual([]);
  });
});

describe('pruneDanglingHandles', () => {
  it('keeps odd imported edges unless the edit removed their handle', () => {
    const doc = branching();
    const odd = { id: 'odd', source: 'a', sourceHandle: 'weird', target: 'b', type: 'custom' };
    const imported = withGraph(doc, { edges: [...doc.workflow.graph.edges, odd] });
    const edited = ok(editNodeData(imported, 'a', { code: 'y' }));
    expect(edited.workflow.graph.edges).toContain(odd);
    expect(pruneDanglingHandles(imported, 'a').workflow.graph.edges).not.toContain(odd);
    expect(pruneDanglingHandles(doc, 'i')).toBe(doc);
  });
});

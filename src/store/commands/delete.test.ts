import { describe, expect, it } from 'vitest';
import type { DslDocument, DslNode } from '../../dsl';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { edgesOf, ok, reason } from './command-test-kit';
import { connect } from './connect';
import { deleteEdges, deleteNodes } from './delete';

const at = { x: 0, y: 0 };
function graph(): DslDocument {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'a' }));
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'b' }));
  doc = ok(addNode(doc, { type: 'iteration', position: at, id: 'it' }));
  doc = ok(addNode(doc, { type: 'code', position: at, id: 'k', parentId: 'it' }));
  doc = ok(connect(doc, { source: '1', sourceHandle: 'source', target: 'a' }));
  doc = ok(connect(doc, { source: 'a', sourceHandle: 'source', target: 'b' }));
  doc = ok(connect(doc, { source: 'a', sourceHandle: 'source', target: 'it' }));
  doc = ok(connect(doc, { source: 'itstart', sourceHandle: 'source', target: 'k' }));
  const note: DslNode = { id: 'n', type: 'custom-note', position: at, data: { type: '', title: '', desc: '' } };
  return { ...doc, workflow: { ...doc.workflow, graph: { ...doc.workflow.graph, nodes: [...doc.workflow.graph.nodes, note] } } };
}
const ids = (doc: DslDocument) => doc.workflow.graph.nodes.map((n) => n.id);

describe('deleteNodes', () => {
  it('removes a node with its edges and keeps the rest identical', () => {
    const before = graph();
    const doc = ok(deleteNodes(before, ['a']));
    expect(ids(doc)).toEqual(['1', 'b', 'it', 'itstart', 'k', 'n']);
    expect(edgesOf(doc)).toEqual([['itstart', 'source', 'k']]);
    expect(doc.workflow.graph.nodes[1]).toBe(before.workflow.graph.nodes[2]);
  });

  it('takes a container with all its children and their edges', () => {
    const doc = ok(deleteNodes(graph(), ['it']));
    expect(ids(doc)).toEqual(['1', 'a', 'b', 'n']);
    expect(edgesOf(doc)).toEqual([['1', 'source', 'a'], ['a', 'source', 'b']]);
  });

  it('deletes notes and children, but never a start child on its own', () => {
    expect(ids(ok(deleteNodes(graph(), ['n', 'k'])))).toEqual(['1', 'a', 'b', 'it', 'itstart']);
    expect(reason(deleteNodes(graph(), ['itstart']))).toMatch(/start of an iteration or loop/);
    expect(ids(ok(deleteNodes(graph(), ['itstart', 'b'])))).toContain('itstart');
  });

  it('refuses to delete User Input in a chatflow and nothing at all', () => {
    const chat = { ...graph(), app: { mode: 'advanced-chat' as const } };
    expect(reason(deleteNodes(chat, ['1']))).toMatch(/cannot be deleted in a chatflow/);
    expect(ids(ok(deleteNodes(graph(), ['1'])))).not.toContain('1');
    expect(reason(deleteNodes(graph(), ['missing']))).toMatch(/nothing to delete/);
  });
});

describe('deleteEdges', () => {
  it('removes only the named edges', () => {
    const before = graph();
    const doc = ok(deleteEdges(before, ['a-source-b-target']));
    expect(edgesOf(doc)).toEqual([['1', 'source', 'a'], ['a', 'source', 'it'], ['itstart', 'source', 'k']]);
    expect(doc.workflow.graph.nodes).toBe(before.workflow.graph.nodes);
    expect(reason(deleteEdges(before, ['nope']))).toMatch(/no such connection/);
  });

  it('finds an edge without an id (very old files) by the id the canvas gives it', () => {
    const before = graph();
    const edges = before.workflow.graph.edges.map(({ id: _id, ...rest }) => rest);
    const old = { ...before, workflow: { ...before.workflow, graph: { ...before.workflow.graph, edges } } };
    const doc = ok(deleteEdges(old, ['a-source-b-target']));
    expect(edgesOf(doc)).toEqual([['1', 'source', 'a'], ['a', 'source', 'it'], ['itstart', 'source', 'k']]);
  });
});

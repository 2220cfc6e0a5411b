import { describe, expect, it } from 'vitest';
import { codeNode, endNode, startNode, workflow } from '../test-support/workflow-builder';
import { variableLinks } from './variable-links';

const doc = workflow(
  [
    startNode([{ variable: 'q' }]),
    codeNode('a', 'function main({ q }) { return { r: q } }', { r: 'string' }, { q: ['start', 'q'] }),
    // Reads a, the start node, a system variable, and itself.
    codeNode('b', 'function main() { return { r: 1 } }', { r: 'number' }, { x: ['a', 'r'], y: ['start', 'q'], s: ['sys', 'query'], own: ['b', 'r'] }),
    endNode('end', { out: ['b', 'r'], again: ['a', 'r'], gone: ['deleted-node', 'r'] }),
  ],
  [['start', 'a'], ['a', 'b'], ['b', 'end']],
);

describe('variable links (what Shift shows)', () => {
  it('lists the nodes a node reads from, without itself, special heads or missing nodes', () => {
    expect(variableLinks(doc, 'b').dependencies).toEqual(['a', 'start']);
    expect(variableLinks(doc, 'end').dependencies).toEqual(['b', 'a']);
  });
  it('lists the nodes that read a node, in graph order', () => {
    expect(variableLinks(doc, 'a').dependents).toEqual(['b', 'end']);
    expect(variableLinks(doc, 'start').dependents).toEqual(['a', 'b']);
    expect(variableLinks(doc, 'end').dependents).toEqual([]);
  });
  it('knows nothing of a node that is not there', () => {
    expect(variableLinks(doc, 'nope')).toEqual({ dependencies: [], dependents: [] });
  });
});

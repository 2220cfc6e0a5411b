import { describe, expect, it } from 'vitest';
import { newWorkflow } from '../new-workflow';
import { addNode } from './add-node';
import { copyNodes } from './clipboard';
import { clipboardFromText, clipboardToText } from './clipboard-text';
import { ok } from './command-test-kit';
import { connect } from './connect';

describe('clipboard text', () => {
  it('round-trips a clipboard through marked JSON', () => {
    let doc = ok(addNode(newWorkflow(1), { type: 'code', position: { x: 1, y: 2 }, id: 'a' }));
    doc = ok(addNode(doc, { type: 'llm', position: { x: 3, y: 4 }, id: 'b' }));
    doc = ok(connect(doc, { source: 'a', sourceHandle: 'source', target: 'b' }));
    const clip = copyNodes(doc, ['a', 'b']);
    const text = clipboardToText(clip);
    expect(JSON.parse(text)).toMatchObject({ flowpad: 1 });
    expect(clipboardFromText(text)).toEqual(clip);
  });

  it.each([
    ['plain text', 'hello'],
    ['JSON without the marker', JSON.stringify({ nodes: [], edges: [] })],
    ['another marker version', JSON.stringify({ flowpad: 2, nodes: [], edges: [] })],
    ['a node without data', JSON.stringify({ flowpad: 1, nodes: [{ id: 'a' }], edges: [] })],
    ['an edge without a target', JSON.stringify({ flowpad: 1, nodes: [], edges: [{ source: 'a' }] })],
    ['a number', '42'],
  ])('rejects %s', (_label, text) => {
    expect(clipboardFromText(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { codeNode, startNode, workflow } from '../../test-support/workflow-builder';
import { autoLayout } from './auto-layout';
import { answerLayoutRequest } from './layout-host';
import { decodeLayout, fromLayoutWorkerSchema, layoutRequest } from './layout-protocol';
import { layoutOffMainThread } from './layout-client';

const doc = workflow(
  [startNode([{ variable: 'q' }]), codeNode('a', 'x', { r: 'string' }), codeNode('b', 'x', { r: 'string' }), codeNode('c', 'x', { r: 'string' })],
  [['start', 'a'], ['a', 'b'], ['start', 'c']],
);

describe('the layout worker protocol', () => {
  it('answers a request with the same layout as the calling thread, through a structured clone', async () => {
    const answer = await answerLayoutRequest(structuredClone(layoutRequest(7, doc)));
    expect(fromLayoutWorkerSchema.parse(structuredClone(answer))).toEqual(answer);
    expect(answer.type).toBe('result');
    if (answer.type !== 'result') return;
    expect(answer.id).toBe(7);
    const direct = await autoLayout(doc);
    expect(decodeLayout(answer)).toEqual(direct);
    expect([...direct.positions.keys()].sort()).toEqual(['a', 'b', 'c', 'start']);
  });

  it('refuses a malformed request with a reason, keeping its id', async () => {
    expect(await answerLayoutRequest({ type: 'layout', id: 3, document: { workflow: {} } })).toMatchObject({ type: 'error', id: 3 });
    expect(await answerLayoutRequest('layout please')).toMatchObject({ type: 'error', id: -1 });
  });

  it('reports a failing layout as an error answer', async () => {
    const broken = { layout: () => Promise.reject(new Error('ELK exploded')) };
    expect(await answerLayoutRequest(layoutRequest(9, doc), { elk: broken })).toEqual({ type: 'error', id: 9, message: 'ELK exploded' });
  });

  it('rejects answers that do not fit the schema', () => {
    expect(fromLayoutWorkerSchema.safeParse({ type: 'result', id: 1, positions: [['a', { x: '1', y: 2 }]], sizes: [] }).success).toBe(false);
    expect(fromLayoutWorkerSchema.safeParse({ type: 'done', id: 1 }).success).toBe(false);
  });

  it('lays out in the calling thread where there is no Worker (Node)', async () => {
    expect(await layoutOffMainThread(doc)).toEqual(await autoLayout(doc));
  });
});

import { describe, expect, it } from 'vitest';
import { newWorkflow } from '../../store/new-workflow';
import { addNode } from '../../store/commands';
import { ok } from '../../store/commands/command-test-kit';
import { containerAt, dropPlacement } from './drop-target';
import { freeSpot, NUDGE } from './free-spot';

/** start at (80,282); iteration it at (400,100) 508x204; loop lp at (400,500) 508x204 with a child k. */
function nodes() {
  let doc = newWorkflow(1);
  doc = ok(addNode(doc, { type: 'iteration', position: { x: 400, y: 100 }, id: 'it' }));
  doc = ok(addNode(doc, { type: 'loop', position: { x: 400, y: 500 }, id: 'lp' }));
  doc = ok(addNode(doc, { type: 'code', position: { x: 100, y: 80 }, parentId: 'lp', id: 'k' }));
  return doc.workflow.graph.nodes;
}

describe('dropPlacement', () => {
  it('drops at top level with the pointer on the card header', () => {
    expect(dropPlacement(nodes(), { x: 100, y: 100 })).toEqual({ position: { x: 76, y: 80 } });
    expect(dropPlacement(nodes(), { x: 399, y: 150 })).toEqual({ position: { x: 375, y: 130 } });
  });

  it('drops into the container under the pointer, relative to it', () => {
    expect(dropPlacement(nodes(), { x: 700, y: 250 })).toEqual({ parentId: 'it', position: { x: 276, y: 130 } });
    // Over a child of the loop still means the loop.
    expect(dropPlacement(nodes(), { x: 520, y: 600 })).toEqual({ parentId: 'lp', position: { x: 96, y: 80 } });
  });

  it('keeps a child inside the container\'s top and left padding', () => {
    expect(dropPlacement(nodes(), { x: 405, y: 505 })).toEqual({ parentId: 'lp', position: { x: 16, y: 65 } });
  });

  it('uses the stored container size, and the last drawn container when two overlap', () => {
    const list = nodes().map((n) => (n.id === 'it' ? { ...n, width: 100, height: 100 } : n));
    expect(containerAt(list, { x: 600, y: 150 })).toBeUndefined();
    const overlapping = [...list, { ...list.find((n) => n.id === 'lp')!, id: 'lp2', position: { x: 420, y: 520 } }];
    expect(containerAt(overlapping, { x: 600, y: 600 })?.id).toBe('lp2');
  });
});

describe('freeSpot', () => {
  it('keeps a free spot, and nudges off cards until none sits there', () => {
    expect(freeSpot(nodes(), { x: 1000.4, y: 1000.6 })).toEqual({ x: 1000, y: 1001 });
    const stacked = [...nodes(), { ...nodes()[0]!, id: 'again', position: { x: 80 + NUDGE.x, y: 282 + NUDGE.y } }];
    expect(freeSpot(stacked, { x: 90, y: 290 })).toEqual({ x: 90 + 2 * NUDGE.x, y: 290 + 2 * NUDGE.y });
  });

  it('ignores container children, whose positions are relative', () => {
    expect(freeSpot(nodes(), { x: 100, y: 80 })).toEqual({ x: 100, y: 80 });
  });
});

import { describe, expect, it } from 'vitest';
import type { DslNode } from '../dsl';
import { moveNodes } from './move-nodes';

const node = (id: string, extra: Partial<DslNode> = {}): DslNode => ({ id, type: 'custom', data: { type: 'code', title: id }, ...extra });

describe('moveNodes', () => {
  it('sets the new position and keeps untouched nodes identical', () => {
    const a = node('a', { position: { x: 0, y: 0 } });
    const b = node('b', { position: { x: 300, y: 0 } });
    const out = moveNodes([a, b], [{ id: 'a', position: { x: 10, y: 20 } }]);
    expect(out[0]?.position).toEqual({ x: 10, y: 20 });
    expect(out[1]).toBe(b);
    expect(a.position).toEqual({ x: 0, y: 0 });
  });

  it('keeps positionAbsolute true for a moved container and its children', () => {
    const loop = node('loop', { position: { x: 100, y: 100 }, positionAbsolute: { x: 100, y: 100 } });
    const child = node('child', { parentId: 'loop', position: { x: 24, y: 68 }, positionAbsolute: { x: 124, y: 168 } });
    const other = node('other', { position: { x: 0, y: 0 }, positionAbsolute: { x: 0, y: 0 } });
    const out = moveNodes([loop, child, other], [{ id: 'loop', position: { x: 200, y: 50 } }]);
    expect(out[0]?.positionAbsolute).toEqual({ x: 200, y: 50 });
    expect(out[1]?.position).toEqual({ x: 24, y: 68 });
    expect(out[1]?.positionAbsolute).toEqual({ x: 224, y: 118 });
    expect(out[2]).toBe(other);
  });

  it('computes a moved child absolute position from its parent', () => {
    const loop = node('loop', { position: { x: 100, y: 100 } });
    const child = node('child', { parentId: 'loop', position: { x: 24, y: 68 }, positionAbsolute: { x: 124, y: 168 } });
    const out = moveNodes([loop, child], [{ id: 'child', position: { x: 40, y: 70 } }]);
    expect(out[1]?.positionAbsolute).toEqual({ x: 140, y: 170 });
    expect(out[0]).toBe(loop);
  });

  it('does not add positionAbsolute where the node had none', () => {
    const out = moveNodes([node('a', { position: { x: 0, y: 0 } })], [{ id: 'a', position: { x: 5, y: 5 } }]);
    expect(out[0]).not.toHaveProperty('positionAbsolute');
  });

  it('survives a parent cycle in imported data', () => {
    const a = node('a', { parentId: 'b', position: { x: 1, y: 1 }, positionAbsolute: { x: 0, y: 0 } });
    const b = node('b', { parentId: 'a', position: { x: 2, y: 2 }, positionAbsolute: { x: 0, y: 0 } });
    const out = moveNodes([a, b], [{ id: 'a', position: { x: 3, y: 3 } }]);
    expect(out[0]?.position).toEqual({ x: 3, y: 3 });
    expect(out).toHaveLength(2);
  });
});

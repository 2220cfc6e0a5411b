import { describe, expect, it } from 'vitest';
import type { DslDocument } from '../dsl';
import { DocumentHistory, sameData } from './history';
import { newWorkflow } from './new-workflow';

const named = (name: string): DslDocument => ({ ...newWorkflow(1), app: { mode: 'workflow', name } });

function clocked(options: { limit?: number } = {}) {
  let now = 0;
  const history = new DocumentHistory({ ...options, clock: () => now });
  return { history, tick: (ms: number) => (now += ms) };
}

describe('DocumentHistory', () => {
  it('undoes and redoes entries in order', () => {
    const { history } = clocked();
    const [a, b, c] = [named('a'), named('b'), named('c')];
    history.push('Node added', a, b);
    history.push('Node moved', b, c);
    expect(history.view()).toEqual({ labels: ['Node added', 'Node moved'], position: 2 });
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe(b);
    expect(history.undo()).toBe(a);
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBe(b);
    expect(history.redo()).toBe(c);
    expect(history.redo()).toBeUndefined();
  });

  it('drops the redo tail on a new push', () => {
    const { history } = clocked();
    history.push('one', named('a'), named('b'));
    history.push('two', named('b'), named('c'));
    history.undo();
    history.push('three', named('b'), named('d'));
    expect(history.view()).toEqual({ labels: ['one', 'three'], position: 2 });
    expect(history.canRedo).toBe(false);
  });

  it('does not record a change to an equal document', () => {
    const { history } = clocked();
    expect(history.push('same', named('a'), named('a'))).toBe(false);
    expect(history.canUndo).toBe(false);
  });

  it('merges pushes with one group key within a second, and no longer after', () => {
    const { history, tick } = clocked();
    const docs = ['', 'H', 'He', 'Hel', 'Hell'].map(named);
    history.push('Block edited: LLM', docs[0]!, docs[1]!, 'edit:x');
    tick(400);
    history.push('Block edited: LLM', docs[1]!, docs[2]!, 'edit:x');
    tick(900);
    history.push('Block edited: LLM', docs[2]!, docs[3]!, 'edit:x');
    tick(1001);
    history.push('Block edited: LLM', docs[3]!, docs[4]!, 'edit:x');
    expect(history.view().labels).toHaveLength(2);
    expect(history.undo()).toBe(docs[3]);
    expect(history.undo()).toBe(docs[0]);
  });

  it('does not merge other keys, after an undo or after breakGroup', () => {
    const { history } = clocked();
    const d = ['1', '2', '3', '4', '5', '6'].map(named);
    history.push('a', d[0]!, d[1]!, 'k');
    history.push('b', d[1]!, d[2]!, 'other');
    history.push('c', d[2]!, d[3]!, 'other');
    expect(history.view().labels).toEqual(['a', 'c']);
    history.breakGroup();
    history.push('d', d[3]!, d[4]!, 'other');
    expect(history.view().labels).toEqual(['a', 'c', 'd']);
    history.undo();
    history.push('e', d[3]!, d[5]!, 'other');
    expect(history.view().labels).toEqual(['a', 'c', 'e']);
    history.push('f', named('x'), named('y'), 'other');
    expect(history.view().labels).toEqual(['a', 'c', 'e', 'f']);
  });

  it('removes a group that ends where it began', () => {
    const { history } = clocked();
    const xy = named('xy');
    history.push('typing', named('x'), xy, 'k');
    history.push('typing', xy, named('x'), 'k');
    expect(history.view()).toEqual({ labels: [], position: 0 });
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const { history } = clocked({ limit: 3 });
    for (let i = 0; i < 5; i++) history.push(`step ${i}`, named(String(i)), named(String(i + 1)));
    expect(history.view()).toEqual({ labels: ['step 2', 'step 3', 'step 4'], position: 3 });
    history.undo();
    history.undo();
    expect(history.undo()?.app.name).toBe('2');
    expect(history.canUndo).toBe(false);
  });
});

describe('sameData', () => {
  it('compares plain data deeply, treating undefined keys as absent', () => {
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

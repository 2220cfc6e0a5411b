import { describe, expect, it } from 'vitest';
import { runStore } from './run-store';

describe('run store', () => {
  it('applies a batch of events in one update and keeps unrelated state identical', () => {
    runStore.getState().started('r1');
    const before = runStore.getState();
    let updates = 0;
    const unsubscribe = runStore.subscribe(() => updates++);
    runStore.getState().apply([
      { type: 'node_started', nodeId: 'a', nodeType: 'code', title: 'A', at: 0 },
      { type: 'text_chunk', text: 'Hel' },
      { type: 'text_chunk', text: 'lo' },
      { type: 'node_finished', nodeId: 'a', nodeType: 'code', title: 'A', status: 'succeeded', elapsedMs: 2, retryIndex: 0, outputs: { r: 1 } },
      { type: 'node_finished', nodeId: 'b', nodeType: 'code', title: 'B', status: 'failed', elapsedMs: 1, retryIndex: 0, error: 'boom', iterationId: 'it', iterationIndex: 2 },
    ]);
    unsubscribe();
    const s = runStore.getState();
    expect(updates).toBe(1);
    expect(s.text).toBe('Hello');
    expect(s.nodeStatus).toEqual({ a: 'succeeded', b: 'failed' });
    expect(s.log.map((l) => [l.nodeId, l.status, l.scope])).toEqual([['a', 'succeeded', undefined], ['b', 'failed', 'item 2']]);
    runStore.getState().apply([{ type: 'text_chunk', text: '!' }]);
    expect(runStore.getState().nodeStatus).toBe(s.nodeStatus); // no node event: same object, no card re-renders
    expect(before.status).toBe('running');
  });
});

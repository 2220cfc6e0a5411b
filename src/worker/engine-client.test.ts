/** The page-side client against a fake worker: events, results, hard stop and the watchdog. */
import { describe, expect, it, vi } from 'vitest';
import { EngineClient } from './engine-client';
import { workflow, startNode } from '../test-support/workflow-builder';

class FakeWorker {
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor(private readonly respond: (msg: { type: string; runId?: string; id?: number }, w: FakeWorker) => void) {}
  postMessage(msg: { type: string; runId?: string; id?: number }) {
    this.sent.push(msg);
    queueMicrotask(() => this.respond(msg, this));
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
  terminate() {
    this.terminated = true;
  }
}

const doc = workflow([startNode()], []);

describe('engine client', () => {
  it('delivers event batches and the result; ignores malformed messages', async () => {
    const worker = new FakeWorker((msg, w) => {
      if (msg.type !== 'run') return;
      w.reply({ type: 'events', runId: msg.runId, events: [{ type: 'text_chunk', text: 'hi' }] });
      w.reply({ type: 'events', runId: msg.runId, events: [{ type: 'bogus' }] });
      w.reply({ type: 'done', runId: msg.runId, result: { status: 'succeeded', outputs: { a: 1 }, nodes: [] } });
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = new EngineClient(() => worker as unknown as Worker);
    const batches: unknown[] = [];
    const result = await client.run({ document: doc }, (e) => batches.push(e)).done;
    expect(result).toMatchObject({ status: 'succeeded', outputs: { a: 1 } });
    expect(batches).toEqual([[{ type: 'text_chunk', text: 'hi' }]]);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });

  it('terminates a worker that ignores stop, and one that outlives the time limit', async () => {
    vi.useFakeTimers();
    try {
      const workers: FakeWorker[] = [];
      const client = new EngineClient(() => {
        const w = new FakeWorker(() => {}); // never answers
        workers.push(w);
        return w as unknown as Worker;
      }, 1000);
      const handle = client.run({ document: doc }, () => {});
      handle.stop();
      await vi.advanceTimersByTimeAsync(2100);
      await expect(handle.done).resolves.toMatchObject({ status: 'stopped', reason: expect.stringMatching(/did not stop in time/) });
      expect(workers[0]!.terminated).toBe(true);

      const second = client.run({ document: doc, limits: { maxTimeMs: 500 } }, () => {});
      await vi.advanceTimersByTimeAsync(5600);
      await expect(second.done).resolves.toMatchObject({ status: 'stopped', reason: expect.stringMatching(/time limit/) });
      expect(workers[1]!.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { VariablePool } from '../engine/variable-pool';
import { makeRunContext } from './node-run-context';

describe('makeRunContext', () => {
  it('builds a context whose unused services throw "not used in this test"', async () => {
    const { ctx } = makeRunContext();
    await expect(ctx.services.javascript.run({ code: '', inputs: {}, timeoutMs: 10 })).rejects.toThrow('JavaScript sandbox: not used in this test');
    await expect(ctx.services.python.run({ code: '', inputs: {}, timeoutMs: 10 })).rejects.toThrow('Python sandbox: not used in this test');
    await expect(ctx.services.llm.chat({ provider: 'p', model: 'm', messages: [], params: {}, stream: false }, {})).rejects.toThrow('not used in this test');
    await expect(ctx.runBody(new VariablePool(), { index: 0, kind: 'loop' })).rejects.toThrow('runBody: not used in this test');
  });

  it('collects chunks and rounds, shares the pool and data, and aborts through its controller', () => {
    const pool = new VariablePool();
    pool.set('start', 'x', 1);
    const data = { type: 'llm', title: 'LLM' };
    const test = makeRunContext({ nodeId: 'n1', data, pool, appMode: 'advanced-chat', userInputs: { q: 'hi' } });
    test.ctx.emitChunk('a', ['n1', 'text']);
    test.ctx.emitChunk('b', ['n1', 'text']);
    test.ctx.emitRound('iteration', 0);
    expect(test.chunks).toEqual([{ text: 'a', selector: ['n1', 'text'] }, { text: 'b', selector: ['n1', 'text'] }]);
    expect(test.rounds).toEqual([{ kind: 'iteration', index: 0 }]);
    expect(test.ctx.pool.get(['start', 'x'])).toBe(1);
    expect(test.ctx.node).toEqual({ id: 'n1', data });
    expect(test.ctx.appMode).toBe('advanced-chat');
    expect(test.ctx.userInputs).toEqual({ q: 'hi' });
    expect(test.ctx.signal.aborted).toBe(false);
    test.controller.abort();
    expect(test.ctx.signal.aborted).toBe(true);
  });
});

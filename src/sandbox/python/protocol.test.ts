import { describe, expect, it } from 'vitest';
import { hostMessageSchema, workerMessageSchema } from './protocol';

const limits = { logChars: 1000, resultChars: 10_000, recursionLimit: 3000 };

describe('Python sandbox protocol', () => {
  it('accepts the host messages the sandbox sends', () => {
    const buffer = new SharedArrayBuffer(4);
    expect(hostMessageSchema.parse({ type: 'init', indexURL: 'file:///x/', interruptBuffer: buffer, limits })).toMatchObject({
      type: 'init',
    });
    expect(hostMessageSchema.parse({ type: 'init', indexURL: '/pyodide/', limits }).type).toBe('init');
    expect(hostMessageSchema.parse({ type: 'run', id: 3, code: 'def main(): ...', inputs: '{}', timeoutMs: 100 })).toEqual({
      type: 'run',
      id: 3,
      code: 'def main(): ...',
      inputs: '{}',
      timeoutMs: 100,
    });
  });

  it.each([
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a run without inputs', { type: 'run', id: 1, code: '', timeoutMs: 10 }],
    ['inputs as an object instead of JSON text', { type: 'run', id: 1, code: '', inputs: {}, timeoutMs: 10 }],
    ['a negative id', { type: 'run', id: -1, code: '', inputs: '{}', timeoutMs: 10 }],
    ['a zero timeout', { type: 'run', id: 1, code: '', inputs: '{}', timeoutMs: 0 }],
    ['an interrupt buffer that is not shared', { type: 'init', indexURL: '/p/', interruptBuffer: new ArrayBuffer(4), limits }],
    ['init without limits', { type: 'init', indexURL: '/p/' }],
  ])('rejects a host message with %s', (_label, message) => {
    expect(hostMessageSchema.safeParse(message).success).toBe(false);
  });

  it('accepts worker results and keeps ok and failure shapes apart', () => {
    const ok = workerMessageSchema.parse({ type: 'result', id: 1, ok: true, result: '{}', logs: ['a'], memoryBytes: 10 });
    expect(ok).toMatchObject({ ok: true, result: '{}' });
    const failed = workerMessageSchema.parse({
      type: 'result',
      id: 1,
      ok: false,
      error: 'boom',
      errorType: 'runtime',
      restart: true,
      logs: [],
      memoryBytes: 0,
    });
    expect(failed).toMatchObject({ ok: false, errorType: 'runtime', restart: true });
    expect(workerMessageSchema.parse({ type: 'ready', loadMs: 2500 })).toEqual({ type: 'ready', loadMs: 2500 });
  });

  it.each([
    ['a success without a result', { type: 'result', id: 1, ok: true, logs: [], memoryBytes: 0 }],
    ['a failure with an unknown error type', { type: 'result', id: 1, ok: false, error: 'x', errorType: 'oops', logs: [], memoryBytes: 0 }],
    ['logs that are not strings', { type: 'result', id: 1, ok: true, result: '{}', logs: [1], memoryBytes: 0 }],
    ['a result that is not JSON text', { type: 'result', id: 1, ok: true, result: { a: 1 }, logs: [], memoryBytes: 0 }],
    ['a load error without a message', { type: 'load-error' }],
  ])('rejects a worker message with %s', (_label, message) => {
    expect(workerMessageSchema.safeParse(message).success).toBe(false);
  });
});

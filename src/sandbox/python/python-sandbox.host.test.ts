/**
 * The host side of the Python sandbox against scripted fake workers: deadlines, interrupts,
 * hard stops, restarts and untrustworthy messages, without loading Pyodide.
 */
import { describe, expect, it } from 'vitest';
import type { HostMessage, InitMessage } from './protocol';
import { PythonSandbox, type PythonSandboxOptions } from './python-sandbox';
import type { SandboxWorker } from './worker-instance';

type Script = (message: HostMessage, worker: FakeWorker) => void;

class FakeWorker implements SandboxWorker {
  readonly posted: HostMessage[] = [];
  terminated = false;
  private messageHandler: ((data: unknown) => void) | undefined;
  private exitHandler: ((reason: string) => void) | undefined;

  constructor(private readonly script: Script) {}

  post(message: HostMessage): void {
    this.posted.push(message);
    queueMicrotask(() => this.script(message, this));
  }
  onMessage(handler: (data: unknown) => void): void {
    this.messageHandler = handler;
  }
  onExit(handler: (reason: string) => void): void {
    this.exitHandler = handler;
  }
  terminate(): void {
    this.terminated = true;
  }
  send(data: unknown): void {
    if (!this.terminated) this.messageHandler?.(data);
  }
  exit(reason: string): void {
    this.exitHandler?.(reason);
  }
  get interruptSlot(): number {
    const init = this.posted.find((message): message is InitMessage => message.type === 'init');
    return init?.interruptBuffer ? Atomics.load(new Int32Array(init.interruptBuffer), 0) : -1;
  }
}

const ready = (worker: FakeWorker): void => worker.send({ type: 'ready', loadMs: 5 });
const answer = (worker: FakeWorker, id: number, extra: Record<string, unknown>): void =>
  worker.send({ type: 'result', id, logs: [], memoryBytes: 1000, ...extra });

function sandboxWith(script: Script, options: Partial<PythonSandboxOptions> = {}): { sandbox: PythonSandbox; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const sandbox = new PythonSandbox({
    createWorker: () => {
      const worker = new FakeWorker(script);
      workers.push(worker);
      return worker;
    },
    indexURL: 'test://pyodide/',
    graceMs: 50,
    loadTimeoutMs: 200,
    interrupts: true,
    ...options,
  });
  return { sandbox, workers };
}

const request = { code: 'def main(): ...', inputs: { a: 1 }, timeoutMs: 60 };

describe('PythonSandbox host', () => {
  it('sends init with the index URL, limits and a shared interrupt buffer, then the inputs as JSON', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) => {
      if (message.type === 'init') ready(worker);
      else answer(worker, message.id, { ok: true, result: '{"echo":' + message.inputs + '}' });
    });
    const result = await sandbox.run(request);
    expect(result).toMatchObject({ ok: true, result: { echo: { a: 1 } } });
    const [init, run] = workers[0]?.posted ?? [];
    expect(init).toMatchObject({ type: 'init', indexURL: 'test://pyodide/', limits: { logChars: 100_000, recursionLimit: 3000 } });
    expect(init?.type === 'init' && init.interruptBuffer instanceof SharedArrayBuffer).toBe(true);
    expect(run).toMatchObject({ type: 'run', inputs: '{"a":1}', timeoutMs: 60 });
  });

  it('interrupts at the deadline and keeps the worker when Python answers', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) => {
      if (message.type === 'init') ready(worker);
      else setTimeout(() => answer(worker, message.id, { ok: false, error: 'KeyboardInterrupt', errorType: 'interrupted' }), 90);
    });
    const result = await sandbox.run(request);
    expect(result).toMatchObject({ ok: false, errorType: 'timeout', error: 'Python code timed out after 60 ms' });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
    expect(workers[0]?.interruptSlot).toBe(0);
  });

  it('writes SIGINT into the buffer, and terminates the worker after the grace period', async () => {
    let slotAtGrace = -1;
    const { sandbox, workers } = sandboxWith((message, worker) => {
      if (message.type === 'init') ready(worker);
      else setTimeout(() => (slotAtGrace = worker.interruptSlot), 80);
    });
    const result = await sandbox.run(request);
    expect(slotAtGrace).toBe(2);
    expect(result).toMatchObject({ ok: false, errorType: 'timeout' });
    expect(result.ok ? '' : result.error).toMatch(/did not respond to the interrupt, so the Python runtime was restarted/);
    expect(workers[0]?.terminated).toBe(true);
    expect(await sandbox.run({ ...request, timeoutMs: 1000 })).toMatchObject({ ok: false, errorType: 'timeout' });
    expect(workers).toHaveLength(2);
  });

  it('terminates at once when interrupts are unavailable', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) => message.type === 'init' && ready(worker), { interrupts: false });
    const result = await sandbox.run(request);
    expect(result.ok ? '' : result.error).toMatch(/without cross-origin isolation/);
    expect(result.elapsedMs).toBeLessThan(1000);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[0]?.posted[0]).not.toHaveProperty('interruptBuffer');
  });

  it('ignores malformed messages and answers for other calls', async () => {
    const { sandbox } = sandboxWith((message, worker) => {
      if (message.type === 'init') {
        worker.send({ type: 'ready' });
        worker.send('ready');
        ready(worker);
        return;
      }
      answer(worker, message.id + 1, { ok: true, result: '{"forged":true}' });
      worker.send({ type: 'result', id: message.id, ok: true });
      answer(worker, message.id, { ok: true, result: '{"real":true}' });
    });
    expect(await sandbox.run(request)).toMatchObject({ ok: true, result: { real: true } });
  });

  it.each([['[1,2]'], ['"text"'], ['null'], ['{broken']])('rejects a result that is not a JSON object: %s', async (text) => {
    const { sandbox } = sandboxWith((message, worker) =>
      message.type === 'init' ? ready(worker) : answer(worker, message.id, { ok: true, result: text }),
    );
    expect(await sandbox.run(request)).toMatchObject({ ok: false, errorType: 'result', error: 'The Python sandbox returned a malformed result' });
  });

  it('recycles a worker whose memory grew past the limit, after answering', async () => {
    const { sandbox, workers } = sandboxWith(
      (message, worker) =>
        message.type === 'init' ? ready(worker) : answer(worker, message.id, { ok: true, result: '{}', memoryBytes: 5000 }),
      { recycleMemoryBytes: 4000 },
    );
    expect(await sandbox.run(request)).toMatchObject({ ok: true });
    expect(workers[0]?.terminated).toBe(true);
    expect(await sandbox.run(request)).toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('restarts after a result that says the interpreter is broken', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) =>
      message.type === 'init'
        ? ready(worker)
        : answer(worker, message.id, { ok: false, error: 'RecursionError: overflow', errorType: 'stack', restart: true }),
    );
    const result = await sandbox.run(request);
    expect(result).toMatchObject({ ok: false, errorType: 'stack', error: 'RecursionError: overflow; the Python runtime will restart on the next call' });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('reports a worker that dies during a call, and starts a new one next time', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) => {
      if (message.type === 'init') ready(worker);
      else if (workers.length === 1) worker.exit('worker exited with code 1');
      else answer(worker, message.id, { ok: true, result: '{"n":2}' });
    });
    const first = await sandbox.run(request);
    expect(first).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(first.ok ? '' : first.error).toMatch(/stopped unexpectedly \(worker exited with code 1\)/);
    expect(await sandbox.run(request)).toMatchObject({ ok: true, result: { n: 2 } });
    expect(sandbox.workerStarts).toBe(2);
  });

  it('gives up on a load that never finishes, and retries on the next call', async () => {
    const { sandbox, workers } = sandboxWith(() => undefined, { loadTimeoutMs: 30 });
    const result = await sandbox.run(request);
    expect(result).toMatchObject({ ok: false, errorType: 'unavailable', error: 'The Python sandbox could not start: Pyodide did not load within 30 ms' });
    expect(workers[0]?.terminated).toBe(true);
    await sandbox.run(request);
    expect(workers).toHaveLength(2);
  });

  it('passes on a load error', async () => {
    const { sandbox } = sandboxWith((message, worker) => worker.send({ type: 'load-error', message: 'Failed to fetch python_stdlib.zip' }));
    expect(await sandbox.run(request)).toMatchObject({
      ok: false,
      errorType: 'unavailable',
      error: 'The Python sandbox could not start: Failed to fetch python_stdlib.zip',
    });
  });

  it('runs one call at a time, and an aborted queued call does not start', async () => {
    const running: number[] = [];
    let active = 0;
    const { sandbox, workers } = sandboxWith((message, worker) => {
      if (message.type === 'init') return ready(worker);
      active += 1;
      running.push(active);
      setTimeout(() => {
        active -= 1;
        answer(worker, message.id, { ok: true, result: '{}' });
      }, 20);
    });
    const controller = new AbortController();
    const calls = [
      sandbox.run({ ...request, timeoutMs: 1000 }),
      sandbox.run({ ...request, timeoutMs: 1000 }, controller.signal),
      sandbox.run({ ...request, timeoutMs: 1000 }),
    ];
    controller.abort();
    const results = await Promise.all(calls);
    expect(results.map((result) => (result.ok ? 'ok' : result.errorType))).toEqual(['ok', 'stopped', 'ok']);
    expect(running).toEqual([1, 1]);
    expect(workers[0]?.posted.filter((message) => message.type === 'run')).toHaveLength(2);
  });

  it('stops a running call on abort and returns its logs', async () => {
    const { sandbox } = sandboxWith((message, worker) => {
      if (message.type === 'init') return ready(worker);
      setTimeout(() => answer(worker, message.id, { ok: false, error: 'KeyboardInterrupt', errorType: 'interrupted', logs: ['partial'] }), 30);
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const result = await sandbox.run({ ...request, timeoutMs: 5000 }, controller.signal);
    expect(result).toMatchObject({ ok: false, errorType: 'stopped', error: 'The Python run was stopped', logs: ['partial'] });
  });

  it("treats the user's own KeyboardInterrupt as a runtime error", async () => {
    const { sandbox } = sandboxWith((message, worker) =>
      message.type === 'init'
        ? ready(worker)
        : answer(worker, message.id, { ok: false, error: 'KeyboardInterrupt (line 2)', errorType: 'interrupted' }),
    );
    expect(await sandbox.run({ ...request, timeoutMs: 1000 })).toMatchObject({ ok: false, errorType: 'runtime', error: 'KeyboardInterrupt (line 2)' });
  });

  it('stops a pending call when the sandbox is disposed', async () => {
    const { sandbox } = sandboxWith((message, worker) => message.type === 'init' && ready(worker));
    const pending = sandbox.run({ ...request, timeoutMs: 5000 });
    setTimeout(() => sandbox.dispose(), 10);
    expect(await pending).toMatchObject({ ok: false, errorType: 'stopped', error: 'The Python run was stopped: the sandbox was disposed' });
  });

  it('terminates the worker on dispose and starts a fresh one afterwards', async () => {
    const { sandbox, workers } = sandboxWith((message, worker) =>
      message.type === 'init' ? ready(worker) : answer(worker, message.id, { ok: true, result: '{}' }),
    );
    await sandbox.run(request);
    sandbox.dispose();
    expect(workers[0]?.terminated).toBe(true);
    await sandbox.run(request);
    expect(workers).toHaveLength(2);
  });
});

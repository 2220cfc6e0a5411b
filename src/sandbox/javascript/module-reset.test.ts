/** When and how the sandbox throws its QuickJS module away and loads a fresh one. */
import { describe, expect, it } from 'vitest';
import { createJavascriptSandbox } from './index';
import { INITIAL_PAGES, loadQuickJsModule, WASM_PAGE_BYTES, type LoadedQuickJs, type QuickJsModuleOptions } from './quickjs-module';

const OK_CODE = 'function main({ n }) { return { n: n * 2 }; }';

/** A loader that records every module it hands out. */
function recordingLoader() {
  const loaded: LoadedQuickJs[] = [];
  const load = async (options: QuickJsModuleOptions) => {
    const quickjs = await loadQuickJsModule(options);
    loaded.push(quickjs);
    return quickjs;
  };
  return { loaded, load };
}

describe('module replacement', () => {
  it('replaces a module whose host stack overflowed (a real corruption: no QuickJS stack limit)', async () => {
    // Without setMaxStackSize, QuickJS recursion runs until the host stack overflows inside
    // wasm; the runtime is then left half-unwound and its dispose asserts.
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ maxStackBytes: 0, loadModule: load });
    const crashed = await sandbox.run({ code: 'function main() { function r(n) { return r(n + 1) + 1; } return { v: r(0) }; }', inputs: {}, timeoutMs: 5000 });
    expect(crashed).toMatchObject({ ok: false });
    expect(crashed.ok ? '' : crashed.error).toMatch(/failed internally .*; it has been reset for the next call/);
    const next = await sandbox.run({ code: OK_CODE, inputs: { n: 4 }, timeoutMs: 1000 });
    expect(next).toMatchObject({ ok: true, result: { n: 8 } });
    expect(loaded).toHaveLength(2);
    expect(sandbox.moduleLoads).toBe(2);
  });

  it('replaces a module that trapped, and the failing call says so', async () => {
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ loadModule: load });
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 2 } });
    const first = loaded[0]!;
    first.module.newRuntime = () => {
      throw new WebAssembly.RuntimeError('unreachable');
    };
    const failed = await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 });
    expect(failed).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(failed.ok ? '' : failed.error).toBe(
      'the JavaScript sandbox failed internally (RuntimeError: unreachable); it has been reset for the next call',
    );
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 3 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 6 } });
    expect(loaded).toHaveLength(2);
    expect(loaded[1]).not.toBe(first);
  });

  it('replaces a module whose runtime dispose asserts, even after a computed result', async () => {
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ loadModule: load });
    await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 });
    const module = loaded[0]!.module;
    const realNewRuntime = module.newRuntime.bind(module);
    module.newRuntime = (...args) => {
      const runtime = realNewRuntime(...args);
      const realDispose = runtime.dispose.bind(runtime);
      runtime.dispose = () => {
        realDispose();
        throw new WebAssembly.RuntimeError('Aborted(Assertion failed: list_empty(&rt->gc_obj_list))');
      };
      return runtime;
    };
    const failed = await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 });
    expect(failed).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(failed.ok ? '' : failed.error).toContain('Assertion failed');
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 5 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 10 } });
    expect(loaded).toHaveLength(2);
  });

  it('replaces the module after an out-of-memory, so its memory starts small again', async () => {
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ memoryLimitBytes: 32 * 1024 * 1024, loadModule: load });
    const bomb = await sandbox.run({ code: 'function main() { const a = []; while (true) a.push({ n: a.length }); }', inputs: {}, timeoutMs: 30_000 });
    expect(bomb).toMatchObject({ ok: false, errorType: 'memory', error: expect.stringContaining('limited to 32 MiB') });
    expect(loaded[0]!.memory.buffer.byteLength).toBeGreaterThan(24 * 1024 * 1024);
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 2 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 4 } });
    expect(loaded).toHaveLength(2);
    expect(loaded[1]!.memory.buffer.byteLength).toBe(INITIAL_PAGES * WASM_PAGE_BYTES);
  });

  it('keeps the module across ordinary errors and timeouts', async () => {
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ loadModule: load });
    await sandbox.run({ code: 'function main() { throw new Error("x"); }', inputs: {}, timeoutMs: 1000 });
    await sandbox.run({ code: 'function main() { while (true) {} }', inputs: {}, timeoutMs: 50 });
    await sandbox.run({ code: 'function main() { function r() { return r(); } return r(); }', inputs: {}, timeoutMs: 1000 });
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 })).toMatchObject({ ok: true });
    expect(loaded).toHaveLength(1);
  });

  it('reports a module that cannot load as unavailable, and tries again on the next call', async () => {
    let attempts = 0;
    const sandbox = createJavascriptSandbox({
      loadModule: async (options) => {
        attempts += 1;
        if (attempts === 1) throw new Error('wasm fetch failed');
        return loadQuickJsModule(options);
      },
    });
    const first = await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 });
    expect(first).toMatchObject({ ok: false, errorType: 'unavailable' });
    expect(first.ok ? '' : first.error).toContain('wasm fetch failed');
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 2 } });
    expect(attempts).toBe(2);
  });

  it('starts over after dispose', async () => {
    const { loaded, load } = recordingLoader();
    const sandbox = createJavascriptSandbox({ loadModule: load });
    await sandbox.run({ code: OK_CODE, inputs: { n: 1 }, timeoutMs: 1000 });
    sandbox.dispose();
    expect(await sandbox.run({ code: OK_CODE, inputs: { n: 7 }, timeoutMs: 1000 })).toMatchObject({ ok: true, result: { n: 14 } });
    expect(loaded).toHaveLength(2);
  });
});

describe('memory cap', () => {
  it('gives the module a memory with a hard maximum', async () => {
    const quickjs = await loadQuickJsModule({ memoryLimitBytes: 40 * 1024 * 1024 });
    expect(quickjs.maximumBytes).toBe(40 * 1024 * 1024);
    expect(quickjs.memory.buffer.byteLength).toBe(INITIAL_PAGES * WASM_PAGE_BYTES);
    expect(() => quickjs.memory.grow(1024)).toThrow(RangeError);
  });

  it('never goes below the 16 MiB the module starts with', async () => {
    const quickjs = await loadQuickJsModule({ memoryLimitBytes: 1024 });
    expect(quickjs.maximumBytes).toBe(INITIAL_PAGES * WASM_PAGE_BYTES);
  });
});

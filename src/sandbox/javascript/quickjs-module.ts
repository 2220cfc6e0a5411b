/**
 * Loading one QuickJS WebAssembly module: the only place that knows where the .wasm comes from.
 *
 * - Node (CLI, vitest, bench): the variant package resolves to its Node build
 *   (`emscripten-module.mjs`, export condition `import`), which reads `emscripten-module.wasm`
 *   next to itself from disk. Nothing to do here, so no Node API is touched in this folder.
 * - Browser (the run worker): the variant resolves to `emscripten-module.browser.mjs`, which
 *   fetches `new URL('emscripten-module.wasm', import.meta.url)`. `vite build` rewrites that
 *   URL, but in `vite dev` a pre-bundled copy in `node_modules/.vite/deps/` has no .wasm beside
 *   it: the dev server answers with index.html and the compile fails ("expected magic word
 *   00 61 73 6d", quickjs-emscripten issue #145). So the worker passes an explicit
 *   `wasmLocation` from a vite `?url` import (browser-wasm-location.ts): vite serves the file in
 *   dev (`/@fs/.../emscripten-module.wasm`) and emits it as a hashed asset in the build. Checked
 *   in Chromium, in a module worker, with both `vite` and `vite build` + `vite preview`. Nothing
 *   else is needed: no COOP/COEP, no SharedArrayBuffer, no optimizeDeps exclusion.
 *
 * Memory: `runtime.setMemoryLimit()` does not bound the emscripten heap, so the module gets its
 * own `WebAssembly.Memory` with a hard `maximum`. The cap covers every runtime of the module,
 * and wasm memory never shrinks: the sandbox replaces the module after an out-of-memory.
 */
import releaseVariant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';

export const WASM_PAGE_BYTES = 64 * 1024;
/** The module is built with a 16 MiB initial heap; the memory given to it may not start smaller. */
export const INITIAL_PAGES = 256;
export const DEFAULT_MEMORY_LIMIT_BYTES = 128 * 1024 * 1024;

export interface QuickJsModuleOptions {
  /** Hard cap of the module's linear memory; rounded up to whole pages, at least 16 MiB. */
  memoryLimitBytes?: number;
  /** URL of `emscripten-module.wasm`. Needed in the browser (vite dev), ignored when absent. */
  wasmLocation?: string;
}

export interface LoadedQuickJs {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
  /** The memory's maximum, in bytes. */
  maximumBytes: number;
}

export function memoryPages(limitBytes: number): number {
  return Math.max(INITIAL_PAGES, Math.ceil(limitBytes / WASM_PAGE_BYTES));
}

export async function loadQuickJsModule(options: QuickJsModuleOptions = {}): Promise<LoadedQuickJs> {
  const maximum = memoryPages(options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES);
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum });
  const variant = newVariant(releaseVariant, {
    wasmMemory: memory,
    ...(options.wasmLocation ? { wasmLocation: options.wasmLocation } : {}),
  });
  const module = await newQuickJSWASMModuleFromVariant(variant);
  return { module, memory, maximumBytes: maximum * WASM_PAGE_BYTES };
}

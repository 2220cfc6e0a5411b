/**
 * The QuickJS .wasm URL for browser builds. Import this only from browser code (the run
 * worker): the `?url` suffix is a vite feature, Node cannot load it. Pass the value as
 * `wasmLocation` to `createJavascriptSandbox` (see quickjs-module.ts for why vite dev needs it).
 */
import quickjsWasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';

export const quickjsWasmLocation: string = quickjsWasmUrl;

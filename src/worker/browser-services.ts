/**
 * The engine's services inside the browser's engine worker: QuickJS in this worker (the page
 * can terminate it as the last resort), Pyodide in a module worker of its own (started on the
 * first Python node), the user's OpenAI-compatible endpoint, and fetch.
 */
import { createOpenAiClient } from '../engine/llm/openai-client';
import type { LlmSettings } from '../engine/llm-client';
import type { RunServices } from '../engine/node-executor';
import type { CodeSandbox } from '../sandbox/code-sandbox';
import { createJavascriptSandbox } from '../sandbox/javascript';
import { quickjsWasmLocation } from '../sandbox/javascript/browser-wasm-location';
import { browserPythonSandbox } from './browser-python';

let javascript: CodeSandbox | undefined;

export function browserServices(llm: LlmSettings): RunServices {
  javascript ??= createJavascriptSandbox({ wasmLocation: quickjsWasmLocation });
  return {
    javascript,
    python: browserPythonSandbox(),
    llm: createOpenAiClient(llm),
    // Unbound fetch throws "Illegal invocation" in browsers when called as a method elsewhere.
    fetch: (input, init) => fetch(input, init),
  };
}

/** The engine's services in Node: QuickJS and Pyodide sandboxes, the OpenAI-compatible client from env, fetch. */
import { createOpenAiClient, llmSettingsFromEnv } from '../engine/llm/openai-client';
import type { LlmSettings } from '../engine/llm-client';
import type { RunServices } from '../engine/node-executor';
import { createJavascriptSandbox } from '../sandbox/javascript';
import { createNodePythonSandbox } from '../sandbox/python/node-sandbox';

export interface NodeServices extends RunServices {
  dispose(): Promise<void>;
}

export function nodeServices(env: Record<string, string | undefined> = process.env): NodeServices {
  const javascript = createJavascriptSandbox();
  const python = createNodePythonSandbox();
  return {
    javascript,
    python,
    llm: createOpenAiClient(llmSettingsFromEnv(env)),
    fetch: globalThis.fetch.bind(globalThis),
    async dispose() {
      await Promise.allSettled([javascript.dispose(), python.dispose()]);
    },
  };
}

/** The LLM client for explicit settings (the engine thread gets them from the CLI's main thread). */
nodeServices.llmFor = (settings: LlmSettings) => createOpenAiClient(settings);

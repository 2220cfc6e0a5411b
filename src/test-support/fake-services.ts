/**
 * Services for engine tests: a JavaScript "sandbox" that runs test code in-process (async main
 * allowed, so tests can interleave), and an LLM that replies from a script. Not for production:
 * the real sandboxes live in src/sandbox.
 */
import type { CodeRunRequest, CodeRunResult, CodeSandbox } from '../sandbox/code-sandbox';
import type { ChatRequest, ChatResult, LlmClient } from '../engine/llm-client';
import type { RunServices } from '../engine/node-executor';

export class InProcessJs implements CodeSandbox {
  calls = 0;
  /** Set false to play a sandbox that ignores the stop signal. */
  honourStop = true;

  async run(req: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult> {
    this.calls++;
    const t0 = performance.now();
    try {
      const main = new Function(`${req.code}\nreturn main;`)() as (inputs: unknown) => unknown;
      const work = Promise.resolve(main(structuredClone(req.inputs)));
      const stop = new Promise<never>((_, reject) => {
        if (this.honourStop) signal?.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
      });
      const result = await Promise.race([work, stop]);
      return { ok: true, result: JSON.parse(JSON.stringify(result ?? null)), logs: [], elapsedMs: performance.now() - t0 };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e), errorType: 'runtime', logs: [], elapsedMs: performance.now() - t0 };
    }
  }
  dispose(): void {}
}

const unavailable: CodeSandbox = {
  async run() {
    return { ok: false, error: 'python is not used in this test', errorType: 'unavailable', logs: [], elapsedMs: 0 };
  },
  dispose() {},
};

export class ScriptedLlm implements LlmClient {
  readonly requests: ChatRequest[] = [];
  constructor(private readonly reply: (req: ChatRequest) => string | string[]) {}
  async chat(request: ChatRequest, options: { onChunk?: (t: string) => void; signal?: AbortSignal }): Promise<ChatResult> {
    this.requests.push(request);
    const r = this.reply(request);
    const parts = Array.isArray(r) ? r : [r];
    for (const p of parts) {
      await new Promise((res) => setTimeout(res, 2));
      if (options.signal?.aborted) throw new Error('aborted');
      options.onChunk?.(p);
    }
    return { text: parts.join(''), usage: { prompt_tokens: 1, completion_tokens: parts.length, total_tokens: 1 + parts.length }, model: request.model };
  }
}

export function testServices(overrides: Partial<RunServices> = {}): RunServices {
  return {
    javascript: new InProcessJs(),
    python: unavailable,
    llm: new ScriptedLlm(() => 'ok'),
    fetch: (() => Promise.reject(new Error('network is not used in this test'))) as typeof fetch,
    ...overrides,
  };
}

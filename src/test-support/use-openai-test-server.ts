/** The vitest lifecycle around the OpenAI-compatible test server (kept apart so Playwright can import the server). */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from './openai-test-server';

/**
 * Starts one server for the calling test file (beforeAll), clears its recorded requests and
 * handler before each test, and closes it after. The returned object forwards to the live server.
 */
export function useOpenAiTestServer(): OpenAiTestServer {
  let live: OpenAiTestServer | undefined;
  beforeAll(async () => {
    live = await startOpenAiTestServer();
  });
  afterAll(async () => {
    await live?.close();
  });
  beforeEach(() => {
    live!.requests.length = 0;
    live!.setHandler(undefined);
  });
  return new Proxy({} as OpenAiTestServer, {
    get(_, key) {
      if (!live) throw new Error('the OpenAI test server is used before beforeAll started it');
      const value = Reflect.get(live, key, live) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(live) : value;
    },
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml, stringify } from 'yaml';
import { fixturesDir } from './dsl-files';

const offline = readFileSync(join(fixturesDir, 'workflow-run-offline.yml'), 'utf8');

async function open(page: Page, name: string, text: string, by: 'button' | 'shortcut' = 'button') {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/x-yaml', buffer: Buffer.from(text) });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  if (by === 'button') await page.getByTestId('run-open').click();
  else await page.keyboard.press('Alt+r');
  await expect(page.getByTestId('run-panel')).toBeVisible();
}

test.describe.configure({ timeout: 120_000 });

test('runs a workflow in the engine worker: JavaScript in QuickJS, Python in Pyodide, live node status', async ({ page }) => {
  const outside: string[] = [];
  page.context().on('request', (req) => {
    const { protocol, hostname } = new URL(req.url());
    if (protocol.startsWith('http') && hostname !== '127.0.0.1') outside.push(req.url());
  });
  await open(page, 'offline.yml', offline);
  await page.getByLabel('topic *').fill('hello big world');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toHaveText('succeeded', { timeout: 60_000 });
  await expect(page.getByTestId('run-outputs')).toContainText('HELLO BIG WORLD / DLROW GIB OLLEH');
  await expect(page.getByTestId('run-text')).toContainText('HELLO BIG WORLD');
  await expect(page.locator('[data-testid=run-log] li[data-status=succeeded]')).toHaveCount(5);
  await expect(page.locator('.react-flow__node[data-id="1732000000003"] [data-run-status]')).toHaveAttribute('data-run-status', 'succeeded');
  await page.screenshot({ path: 'test-results/run-panel.png' });
  expect(outside).toEqual([]);
});

test('a missing required input fails the run with the start node error (panel opened with Alt+R)', async ({ page }) => {
  await open(page, 'offline.yml', offline, 'shortcut');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toHaveText('failed', { timeout: 30_000 });
  await expect(page.getByTestId('run-error')).toContainText('topic is required');
});

test('Stop ends a runaway JavaScript loop and the next run works', async ({ page }) => {
  const data = parseYaml(offline) as { workflow: { graph: { nodes: { id: string; data: { code?: string } }[] } } };
  data.workflow.graph.nodes.find((n) => n.id === '1732000000002')!.data.code = 'function main() { while (true) {} }';
  const runaway = stringify(data);
  await open(page, 'runaway.yml', runaway);
  await page.getByLabel('topic *').fill('x');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.waitForTimeout(500);
  const t0 = Date.now();
  await page.getByTestId('run-stop').click();
  await expect(page.getByTestId('run-status')).toHaveText('stopped', { timeout: 5_000 });
  expect(Date.now() - t0).toBeLessThan(5_000);
  await page.getByTestId('import-input').setInputFiles({ name: 'offline.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(offline) });
  await page.getByLabel('topic *').fill('again');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toHaveText(/succeeded|failed/, { timeout: 60_000 });
  await expect(page.locator('[data-testid=run-log] li[data-node-id="1732000000002"]')).toHaveAttribute('data-status', 'succeeded');
});

test('a chatflow streams its LLM answer from an OpenAI-compatible endpoint into the panel', async ({ page }) => {
  const { startOpenAiTestServer } = await import('../src/test-support/openai-test-server');
  const { workflow } = await import('../src/test-support/workflow-builder');
  const server = await startOpenAiTestServer({ cors: true });
  try {
    server.enqueue({ content: 'Hello from the model, streamed in small pieces.', deltaSize: 4, writeDelayMs: 5 });
    const doc = workflow([
      { id: '1733000000001', type: 'start', data: { variables: [] } },
      { id: '1733000000002', type: 'llm', data: { model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: { temperature: 0.2 } }, prompt_template: [{ role: 'system', text: 'Be brief.' }, { role: 'user', text: '{{#sys.query#}}' }] } },
      { id: '1733000000003', type: 'answer', data: { answer: 'Bot: {{#1733000000002.text#}}' } },
    ], [['1733000000001', '1733000000002'], ['1733000000002', '1733000000003']], 'advanced-chat');
    await open(page, 'chat.yml', stringify(doc));
    await page.getByLabel('Message (sys.query) *').fill('Say hello');
    await page.getByText('LLM endpoint (not set)').click();
    await page.getByLabel('Base URL').fill(server.baseUrl);
    await page.getByLabel('API key').fill('test-key');
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-status')).toHaveText('succeeded', { timeout: 30_000 });
    await expect(page.getByTestId('run-text')).toHaveText('Bot: Hello from the model, streamed in small pieces.');
    await expect(page.getByTestId('run-outputs')).toContainText('"answer": "Bot: Hello from the model');
    const sent = server.requests.find((r) => r.method === 'POST')!;
    expect(sent.headers.authorization).toBe('Bearer test-key');
    expect(sent.body?.stream).toBe(true);
    expect(JSON.stringify(sent.body?.messages)).toContain('Say hello');
  } finally {
    await server.close();
  }
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { fixtureFiles } from './dsl-files';

const file = fixtureFiles().find((f) => f.name === 'workflow-run-offline.yml')!;
const nodes = (page: Page) => page.locator('.react-flow__node');
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const saveState = (page: Page) => page.getByTestId('save-indicator');

async function importRunOffline(page: Page) {
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/x-yaml', buffer: Buffer.from(file.text) });
  await expect(nodes(page)).toHaveCount(5);
}

/** Selects a node and presses Delete (the node must show as selected first). */
async function deleteNode(page: Page, id: string) {
  await node(page, id).click();
  await expect(node(page, id)).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
}

test('edits are saved as a draft and a reload restores them', async ({ page }) => {
  await page.goto('/');
  await expect(saveState(page)).toHaveAttribute('data-state', /saved|unsaved|saving/);
  await importRunOffline(page);
  await deleteNode(page, '1732000000003');
  await expect(nodes(page)).toHaveCount(4);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await page.reload();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(4);
  await expect(node(page, '1732000000003')).toHaveCount(0);
});

test('a normal reload right after an edit, inside the debounce window, loses nothing', async ({ page }) => {
  await page.goto('/');
  await importRunOffline(page);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await deleteNode(page, '1732000000004');
  // Not saved yet: only the pagehide/visibilitychange flush can save it now.
  await expect(saveState(page)).toHaveAttribute('data-state', 'unsaved');
  await page.reload();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(4);
  await expect(node(page, '1732000000004')).toHaveCount(0);
});

test('reopening shows the canvas where the user left it', async ({ page }) => {
  await page.goto('/');
  await importRunOffline(page);
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const before = await transform();
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  // Hand mode: dragging the pane pans (in pointer mode it draws a selection box).
  await page.getByTestId('mode-hand').click();
  await page.mouse.move(box.x + box.width - 200, box.y + box.height - 120);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 320, box.y + box.height - 200, { steps: 8 });
  await page.mouse.up();
  const panned = await transform();
  expect(panned).not.toBe(before);
  // React Flow reports the end of a move 150 ms after it (it merges scroll-pan events); the
  // viewport is saved from then on, a reload even inside the debounce window keeps it.
  await page.waitForTimeout(300);
  await page.reload();
  await expect(nodes(page)).toHaveCount(5);
  await expect.poll(transform).toBe(panned);
});

test('a full storage shows a clear message, keeps the edits in the tab, and saves them once storage works again', async ({ page }) => {
  await page.goto('/');
  await importRunOffline(page);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await page.evaluate(() => {
    const w = window as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
    w.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await deleteNode(page, '1732000000003');
  await expect(saveState(page)).toHaveAttribute('data-state', 'error', { timeout: 5000 });
  await expect(page.getByTestId('save-error')).toContainText('Storage is full');
  await expect(nodes(page)).toHaveCount(4);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
  });
  await deleteNode(page, '1732000000004');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await page.reload();
  await expect(nodes(page)).toHaveCount(3);
});

/** The browser processes of one persistent profile, found by its (unique) user-data dir. */
function browserPids(profile: string): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((l) => l.includes(`--user-data-dir=${profile}`)).map((l) => Number(l.trim().split(/\s+/)[0])).filter((pid) => pid > 0 && pid !== process.pid);
}

async function launchProfile(profile: string, info: TestInfo): Promise<BrowserContext> {
  const { launchOptions, baseURL } = info.project.use;
  return chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, headless: true });
}

test('closing the browser without any unload event keeps every edit older than the debounce window', async ({}, info) => {
  const profile = mkdtempSync(join(tmpdir(), 'flowpad-profile-'));
  try {
    const first = await launchProfile(profile, info);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await importRunOffline(page);
    await deleteNode(page, '1732000000003');
    await expect(nodes(page)).toHaveCount(4);
    // Older than the 500 ms debounce window, with a margin; no waiting for the indicator.
    await page.waitForTimeout(1500);
    await deleteNode(page, '1732000000005'); // inside the window: may or may not survive
    const pids = browserPids(profile);
    expect(pids.length).toBeGreaterThan(0);
    // SIGKILL: no pagehide, no visibilitychange, no beforeunload; the page gets no say.
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    await expect.poll(() => browserPids(profile).length, { timeout: 10_000 }).toBe(0);
    await first.close().catch(() => undefined);

    const second = await launchProfile(profile, info);
    const reopened = second.pages()[0] ?? (await second.newPage());
    await reopened.goto('/');
    await expect(reopened.getByTestId('workflow-name')).toHaveText('Run offline');
    await expect(node(reopened, '1732000000003')).toHaveCount(0);
    for (const id of ['1732000000001', '1732000000002', '1732000000004']) await expect(node(reopened, id)).toHaveCount(1);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two pages on one workflow: the read-only one refuses edits until it takes over; nothing either saved is lost', async ({ page, context }) => {
  await page.goto('/');
  await importRunOffline(page);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(saveState(second)).toHaveAttribute('data-state', 'read-only', { timeout: 5000 });
  await expect(second.getByTestId('read-only-banner')).toContainText('another tab');

  // The read-only page tries to delete a node: refused, the node stays, the banner says why.
  await deleteNode(second, '1732000000002');
  await expect(nodes(second)).toHaveCount(5);
  await expect(second.getByTestId('undo')).toBeDisabled();
  // Its settings are shown but take no typing.
  await expect(second.getByTestId('node-panel-title')).toBeDisabled();
  await second.screenshot({ path: 'test-results/read-only-tab.png' });

  // The first page edits and saves; the second follows it.
  await deleteNode(page, '1732000000004');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await expect(nodes(second)).toHaveCount(4, { timeout: 5000 });
  await expect(node(second, '1732000000004')).toHaveCount(0);

  // The second takes over; now its edit lands and the first becomes read-only and follows.
  await second.getByTestId('read-only-take-over').click();
  await expect(second.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(saveState(page)).toHaveAttribute('data-state', 'read-only', { timeout: 5000 });
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await deleteNode(second, '1732000000002');
  await expect(nodes(second)).toHaveCount(3);
  await expect(saveState(second)).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await expect(nodes(page)).toHaveCount(3, { timeout: 5000 });

  // The first page, now read-only, is refused in turn.
  await deleteNode(page, '1732000000003');
  await expect(nodes(page)).toHaveCount(3);

  // Both edits are in the stored workflow: a fresh page shows them.
  await second.close();
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(third)).toHaveCount(3);
  for (const id of ['1732000000002', '1732000000004']) await expect(node(third, id)).toHaveCount(0);
});

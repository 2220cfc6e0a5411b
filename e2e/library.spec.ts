import { expect, test, type Page } from '@playwright/test';
import { fixtureFiles } from './dsl-files';

const fixture = (name: string) => fixtureFiles().find((f) => f.name === name)!;
const nodes = (page: Page) => page.locator('.react-flow__node');
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const rows = (page: Page) => page.getByTestId('library-row');
const row = (page: Page, name: string) => rows(page).filter({ has: page.getByTestId('library-name').getByText(name, { exact: true }) });

const BROKEN = `app:
  mode: workflow
  name: Broken one
kind: app
version: 0.6.0
workflow:
  graph:
    nodes:
    - id: '1'
      position: {x: 0, y: 0}
    edges: []
`;

async function openLibrary(page: Page) {
  await page.getByTestId('open-library').click();
  await expect(page.getByTestId('library-page')).toBeVisible();
  await expect(page.getByTestId('library-list')).toBeVisible();
}

async function startFresh(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
}

test('creates, renames, duplicates, deletes with undo; the open workflow is marked', async ({ page }) => {
  await startFresh(page);
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(1); // the workflow the app started with
  await page.getByTestId('library-new-chatflow').click();
  // Opening switches back to the editor, with Dify's starter chatflow.
  await expect(page.getByTestId('workflow-name')).toHaveText('Untitled chatflow');
  await expect(node(page, 'llm')).toBeVisible();
  await expect(node(page, 'answer')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });

  await openLibrary(page);
  await expect(rows(page)).toHaveCount(2);
  const chat = rows(page).first(); // newest first
  await expect(chat).toContainText('Untitled chatflow');
  await expect(chat).toContainText('Chatflow');
  await expect(chat).toContainText('3 nodes');
  await expect(chat.getByTestId('library-open-marker')).toBeVisible();
  await expect(chat.getByTestId('library-delete')).toBeDisabled();

  await chat.getByTestId('library-rename').click();
  await page.getByTestId('library-rename-input').fill('Support bot');
  await page.getByTestId('library-rename-input').press('Enter');
  await expect(row(page, 'Support bot')).toHaveCount(1);

  await row(page, 'Support bot').getByTestId('library-duplicate').click();
  await expect(rows(page)).toHaveCount(3);
  const copy = row(page, 'Support bot (copy)');
  await expect(copy).toHaveCount(1);
  await expect(copy.getByTestId('library-open-marker')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/library-page.png' });

  await copy.getByTestId('library-delete').click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('library-toast')).toContainText('“Support bot (copy)” was deleted.');
  await page.getByTestId('library-undo').click();
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, 'Support bot (copy)')).toHaveCount(1);

  // The rename reached the open workflow, and survives a reload.
  await page.getByTestId('library-back').click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Support bot');
  await page.reload();
  await expect(page.getByTestId('workflow-name')).toHaveText('Support bot');
});

test('imports three files at once: the broken one shows its error, the two others are listed, open, and keep their edits', async ({ page }) => {
  await startFresh(page);
  await openLibrary(page);
  const run = fixture('workflow-run-offline.yml');
  const llm = fixture('workflow-llm-end.yml');
  await page.getByTestId('library-import-input').setInputFiles([
    { name: run.name, mimeType: 'application/x-yaml', buffer: Buffer.from(run.text) },
    { name: 'broken.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(BROKEN) },
    { name: llm.name, mimeType: 'application/x-yaml', buffer: Buffer.from(llm.text) },
  ]);
  const results = page.getByTestId('library-import-results');
  await expect(results).toContainText('Imported 2 of 3 files');
  const broken = results.locator('[data-testid="library-import-result"][data-file="broken.yml"]');
  await expect(broken).toHaveAttribute('data-outcome', 'failed');
  await expect(broken).toContainText('workflow.graph.nodes[0].data');
  await expect(broken).toContainText('is required');
  await expect(results.locator('[data-outcome="imported"]')).toHaveCount(2);
  await expect(row(page, 'Run offline')).toContainText('5 nodes');
  await expect(row(page, 'Short answer')).toHaveCount(1);
  await expect(rows(page)).toHaveCount(3);
  await page.screenshot({ path: 'test-results/library-import.png' });

  // Open one, edit it, reload: the edit is there.
  await row(page, 'Run offline').getByTestId('library-open').click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(5);
  await node(page, '1732000000003').click();
  await expect(node(page, '1732000000003')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(4);
  await page.reload();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(4);
  await expect(node(page, '1732000000003')).toHaveCount(0);

  // Opening another workflow from the library saves this one first; the list shows the new size.
  await node(page, '1732000000004').click();
  await expect(node(page, '1732000000004')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await openLibrary(page);
  await row(page, 'Short answer').getByTestId('library-open').click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Short answer');
  await openLibrary(page);
  await expect(row(page, 'Run offline')).toContainText('3 nodes');
});

test('lists a damaged record with its reason and never opens it', async ({ page }) => {
  await startFresh(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('flowpad-drafts');
        open.onsuccess = () => {
          const tx = open.result.transaction('workflows', 'readwrite');
          tx.objectStore('workflows').put({ id: 'damaged-1', name: 'Half written', mode: 'workflow', document: { app: {} }, revision: 0 });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await openLibrary(page);
  const damaged = page.getByTestId('library-damaged-row');
  await expect(damaged).toHaveCount(1);
  await expect(damaged).toContainText('damaged-1');
  await expect(damaged).toContainText('damaged or from another version');
  await expect(rows(page)).toHaveCount(1);
});

test('the library page does not pass undo or delete keys to the hidden editor', async ({ page }) => {
  await startFresh(page);
  const run = fixture('workflow-run-offline.yml');
  await page.getByTestId('import-input').setInputFiles({ name: run.name, mimeType: 'application/x-yaml', buffer: Buffer.from(run.text) });
  await node(page, '1732000000003').click();
  await expect(node(page, '1732000000003')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(4);
  await openLibrary(page);
  await page.keyboard.press('Control+z');
  await page.getByTestId('library-back').click();
  await expect(nodes(page)).toHaveCount(4);
});

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/x-yaml' }));
    return transfer;
  }, { name, text });
  const canvas = page.getByTestId('canvas');
  await canvas.dispatchEvent('dragenter', { dataTransfer });
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  return async () => {
    await canvas.dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  };
}

async function pasteText(page: Page, text: string) {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a DSL file dropped on the canvas is imported; a broken one shows its error and changes nothing', async ({ page }) => {
  await startFresh(page);
  const run = fixture('workflow-run-offline.yml');
  const drop = await dropFile(page, run.name, run.text);
  await page.screenshot({ path: 'test-results/drop-overlay.png' });
  await drop();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(5);

  const dropBroken = await dropFile(page, 'broken.yml', BROKEN);
  await dropBroken();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('broken.yml cannot be imported');
  await expect(errors).toContainText('workflow.graph.nodes[0].data');
  await errors.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(5);
});

test('pasted DSL text asks, then opens through the import flow; broken text shows the error and changes nothing', async ({ page }) => {
  await startFresh(page);
  const llm = fixture('workflow-llm-end.yml');
  await pasteText(page, llm.text);
  const ask = page.getByTestId('import-paste-confirm');
  await expect(ask).toContainText('Replace the open workflow with the pasted one?');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Untitled workflow');

  await pasteText(page, llm.text);
  await ask.getByRole('button', { name: 'Open pasted workflow' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Short answer');
  await expect(nodes(page)).toHaveCount(3);

  await pasteText(page, BROKEN);
  await ask.getByRole('button', { name: 'Open pasted workflow' }).click();
  await expect(page.getByTestId('import-errors')).toContainText('workflow.graph.nodes[0].data');
  await page.getByTestId('import-errors').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Short answer');
  await expect(nodes(page)).toHaveCount(3);

  // Plain text is not a workflow: nothing asks.
  await pasteText(page, 'hello there');
  await expect(ask).toHaveCount(0);
});

test('versions: save, edit, restore (the edit is gone), and the state before the restore can be restored back', async ({ page }) => {
  await startFresh(page);
  const run = fixture('workflow-run-offline.yml');
  await page.getByTestId('import-input').setInputFiles({ name: run.name, mimeType: 'application/x-yaml', buffer: Buffer.from(run.text) });
  await expect(nodes(page)).toHaveCount(5);
  await page.getByTestId('canvas').locator('.react-flow__pane').click({ position: { x: 600, y: 500 } });
  await page.keyboard.press('Control+Shift+H'); // Dify's shortcut for version history
  const panel = page.getByTestId('versions-panel');
  await expect(panel).toBeVisible();
  await page.getByTestId('versions-name').fill('All five');
  await page.getByTestId('versions-save').click();
  await expect(panel.getByTestId('version-row')).toHaveCount(1);
  await expect(panel.getByTestId('version-row').first()).toHaveAttribute('data-name', 'All five');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  await node(page, '1732000000003').click();
  await expect(node(page, '1732000000003')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(4);

  await page.getByTestId('versions-open').click();
  await panel.locator('[data-testid="version-row"][data-name="All five"]').getByTestId('version-restore').click();
  const confirm = page.getByTestId('version-restore-confirm');
  await expect(confirm).toContainText('Restore “All five”?');
  await page.screenshot({ path: 'test-results/versions-confirm.png' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(nodes(page)).toHaveCount(5);
  await expect(node(page, '1732000000003')).toHaveCount(1);

  // The state the restore replaced is a version of its own.
  const before = panel.locator('[data-testid="version-row"][data-name="Before restoring \\"All five\\""]');
  await expect(before).toHaveCount(1);
  await expect(panel.getByTestId('version-row')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/versions-panel.png' });
  await before.getByTestId('version-restore').click();
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(nodes(page)).toHaveCount(4);
  await expect(node(page, '1732000000003')).toHaveCount(0);

  // Restores are stored: a reload shows the same; deleting a version removes only it.
  await page.reload();
  await expect(nodes(page)).toHaveCount(4);
  await page.getByTestId('versions-open').click();
  await expect(panel.getByTestId('version-row')).toHaveCount(3);
  await panel.locator('[data-testid="version-row"][data-name="All five"]').getByTestId('version-delete').click();
  await expect(panel.getByTestId('version-row')).toHaveCount(2);
  await expect(panel.locator('[data-testid="version-row"][data-name="All five"]')).toHaveCount(0);
});

test('workflow and version names with HTML are shown as text and run nothing', async ({ page }) => {
  await startFresh(page);
  const evil = '<img src=x onerror="window.__xss=1">';
  const run = fixture('workflow-run-offline.yml');
  const text = run.text.replace('name: Run offline', `name: '${evil}'`);
  await page.getByTestId('import-input').setInputFiles({ name: 'evil.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(text) });
  await expect(page.getByTestId('workflow-name')).toHaveText(evil);
  await page.getByTestId('versions-open').click();
  await page.getByTestId('versions-name').fill(evil);
  await page.getByTestId('versions-save').click();
  await expect(page.getByTestId('version-row').first()).toContainText(evil);
  await page.keyboard.press('Escape');
  await openLibrary(page);
  await expect(row(page, evil)).toHaveCount(1);
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

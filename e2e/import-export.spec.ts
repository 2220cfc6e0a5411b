import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixtureFiles, hasCorpus, nodeIds, variedCorpusFiles, yamlData, type DslFile } from './dsl-files';

async function importFile(page: Page, file: { name: string; text: string }) {
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/x-yaml', buffer: Buffer.from(file.text) });
}

async function expectAllNodes(page: Page, file: DslFile) {
  const canvas = page.getByTestId('canvas');
  const nodes = nodeIds(file.text);
  await expect(canvas.locator('.react-flow__node')).toHaveCount(nodes.length);
  for (const n of nodes) await expect(canvas.locator(`.react-flow__node[data-id="${n.id}"]`)).toHaveCount(1);
  // Children sit inside their container on screen.
  for (const child of nodes.filter((n) => n.parentId).slice(0, 5)) {
    const parent = await canvas.locator(`.react-flow__node[data-id="${child.parentId}"]`).boundingBox();
    const box = await canvas.locator(`.react-flow__node[data-id="${child.id}"]`).boundingBox();
    if (!parent || !box) continue; // off screen
    expect(box.x).toBeGreaterThanOrEqual(parent.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(parent.y - 1);
  }
}

async function exportData(page: Page): Promise<unknown> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const secrets = page.getByTestId('export-secrets');
  if (await secrets.isVisible().catch(() => false)) await secrets.getByRole('button', { name: 'Include secrets' }).click();
  const file = await download;
  return yamlData(readFileSync((await file.path())!, 'utf8'));
}

const files = [...fixtureFiles(), ...variedCorpusFiles()];
if (!hasCorpus) console.warn('[e2e] ../shared/corpus not found: importing our fixtures only');

for (const file of files) {
  test(`imports ${file.name} with every node on the canvas, and exports it unchanged`, async ({ page }) => {
    await page.goto('/');
    await importFile(page, file);
    await expectAllNodes(page, file);
    expect(await exportData(page)).toEqual(yamlData(file.text));
  });
}

test('a file that does not import shows where and why, and leaves the open workflow untouched', async ({ page }) => {
  const good = fixtureFiles()[0]!;
  await page.goto('/');
  await importFile(page, good);
  await expectAllNodes(page, good);
  const broken = good.text.replace(/^version: .*$/m, 'version: 0.6').replace('workflow:\n', 'workflow:\n  graph: 12\n  old_graph:\n');
  await importFile(page, { name: 'broken.yml', text: broken });
  const dialog = page.getByTestId('import-errors');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken.yml cannot be imported');
  await expect(dialog).toContainText('version');
  await expect(dialog).toContainText('Invalid version type');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectAllNodes(page, good);
  await importFile(page, { name: 'syntax.yml', text: 'app: [unclosed\n' });
  await expect(page.getByTestId('import-errors')).toContainText(/line \d+, column \d+/);
});

test('a newer DSL version asks before importing', async ({ page }) => {
  const file = fixtureFiles()[0]!;
  const newer = { name: 'newer.yml', text: file.text.replace(/^version: .*$/m, "version: '0.9.0'") };
  await page.goto('/');
  await importFile(page, newer);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toContainText('0.9.0');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('canvas').locator('.react-flow__node')).toHaveCount(1);
  await importFile(page, newer);
  await page.getByTestId('import-confirm').getByRole('button', { name: 'Import anyway' }).click();
  await expect(page.getByTestId('canvas').locator('.react-flow__node')).toHaveCount(nodeIds(file.text).length);
});

test('titles and notes with HTML render as text and run nothing', async ({ page }) => {
  const file = fixtureFiles().find((f) => f.name === 'workflow-logic-blocks.yml')!;
  const evil = '<img src=x onerror="window.__xss=1">';
  const text = file.text.replace(/title: Code\b/, `title: '${evil}'`).replace(/^  name: .*$/m, `  name: '${evil}'`);
  await page.goto('/');
  await importFile(page, { name: 'xss.yml', text });
  await expect(page.getByTestId('workflow-name')).toHaveText(evil);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

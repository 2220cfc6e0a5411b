import { expect, test, type Page } from '@playwright/test';
import { fixtureFiles } from './dsl-files';

const file = fixtureFiles().find((f) => f.name === 'workflow-run-offline.yml')!;
const nodes = (page: Page) => page.locator('.react-flow__node');

test('edits are saved as a draft and a reload restores them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', /saved|unsaved|saving/);
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/x-yaml', buffer: Buffer.from(file.text) });
  await expect(nodes(page)).toHaveCount(5);
  await page.locator('.react-flow__node[data-id="1732000000003"]').click();
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(4);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await page.reload();
  await expect(page.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(nodes(page)).toHaveCount(4);
  await expect(page.locator('.react-flow__node[data-id="1732000000003"]')).toHaveCount(0);
});

test('a second tab on the same workflow is read-only until it takes over; nothing is overwritten silently', async ({ page, context }) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/x-yaml', buffer: Buffer.from(file.text) });
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('workflow-name')).toHaveText('Run offline');
  await expect(second.getByTestId('save-indicator')).toHaveAttribute('data-state', 'read-only', { timeout: 5000 });
  // The first tab keeps editing and saving; the second follows it.
  await page.locator('.react-flow__node[data-id="1732000000004"]').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await expect(second.locator('.react-flow__node')).toHaveCount(4, { timeout: 5000 });
  // The second takes over; the first becomes read-only.
  await second.getByTestId('save-take-over').click();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'read-only', { timeout: 5000 });
  await expect(second.getByTestId('save-indicator')).not.toHaveAttribute('data-state', 'read-only');
});

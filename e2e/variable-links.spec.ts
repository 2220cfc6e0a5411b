import { expect, test } from '@playwright/test';
import { fixtureFiles } from './dsl-files';

const file = fixtureFiles().find((f) => f.name === 'workflow-run-offline.yml')!;
const node = (page: import('@playwright/test').Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test('holding Shift on a selected block dims unrelated blocks and draws its variable links; releasing it clears them', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/x-yaml', buffer: Buffer.from(file.text) });
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await node(page, '1732000000002').click();
  await expect(node(page, '1732000000002')).toHaveClass(/selected/);
  const links = page.locator('.react-flow__edge.variable-link');
  const dimmed = page.locator('.react-flow__node.variable-dimmed');

  await page.keyboard.down('Shift');
  // The code block reads the start block's input; a later block reads the code block's result.
  await expect(page.getByTestId('rf__edge-variable-link:1732000000001->1732000000002')).toHaveCount(1);
  await expect(page.getByTestId('rf__edge-variable-link:1732000000002->1732000000003')).toHaveCount(1);
  await expect(node(page, '1732000000002')).not.toHaveClass(/variable-dimmed/);
  await page.screenshot({ path: 'test-results/variable-links.png' });
  const shown = await links.count();
  expect(shown).toBeGreaterThanOrEqual(2);

  await page.keyboard.up('Shift');
  await expect(links).toHaveCount(0);
  await expect(dimmed).toHaveCount(0);
});

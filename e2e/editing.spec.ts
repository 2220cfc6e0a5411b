import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import { workflow, codeNode, startNode } from '../src/test-support/workflow-builder';
import { yamlData } from './dsl-files';

const doc = workflow([
  { ...startNode([{ variable: 'q' }]), id: '1734000000001' },
  { ...codeNode('1734000000002', 'function main() { return { r: 1 } }', { r: 'number' }), id: '1734000000002' },
  { ...codeNode('1734000000003', 'function main() { return { r: 2 } }', { r: 'number' }), id: '1734000000003' },
], []);
for (const [i, n] of doc.workflow.graph.nodes.entries()) n.position = { x: 80 + i * 320, y: 200 + (i % 2) * 160 };
doc.workflow.graph.viewport = { x: 0, y: 0, zoom: 0.8 };

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const edges = (page: Page) => page.locator('.react-flow__edge');

async function exportGraph(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const file = await download;
  return (yamlData(readFileSync((await file.path())!, 'utf8')) as { workflow: { graph: { nodes: { id: string; data: { title: string } }[]; edges: { id: string; source: string; target: string }[] } } }).workflow.graph;
}

async function connect(page: Page, from: string, to: string) {
  await node(page, from).locator('.react-flow__handle.source').first().dragTo(node(page, to).locator('.react-flow__handle.target'));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'edit.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(doc)) });
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('connects by dragging handles, refuses a cycle, and undoes and redoes', async ({ page }) => {
  await connect(page, '1734000000001', '1734000000002');
  await connect(page, '1734000000002', '1734000000003');
  await expect(edges(page)).toHaveCount(2);
  await connect(page, '1734000000003', '1734000000002'); // would close a cycle
  await expect(edges(page)).toHaveCount(2);
  const graph = await exportGraph(page);
  expect(graph.edges.map((e) => e.id).sort()).toEqual(['1734000000001-source-1734000000002-target', '1734000000002-source-1734000000003-target']);
  await page.getByTestId('undo').click();
  await expect(edges(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await page.getByTestId('redo').click();
  await expect(edges(page)).toHaveCount(2);
});

test('duplicates, deletes, copies and pastes with the keyboard, each one undoable', async ({ page }) => {
  await node(page, '1734000000002').click();
  await expect(node(page, '1734000000002')).toHaveClass(/selected/);
  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await node(page, '1734000000003').click();
  await expect(node(page, '1734000000003')).toHaveClass(/selected/);
  await page.keyboard.press('Control+c');
  await page.mouse.click(600, 520); // an empty spot: the paste lands under the pointer
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  const titles = (await exportGraph(page)).nodes.map((n) => n.data.title);
  expect(titles.filter((t) => t.includes('(1)'))).toHaveLength(2);
  // While typing in a text field, Ctrl+Z belongs to the field, not to the canvas.
  await page.getByTestId('run-open').click();
  await page.getByLabel('q', { exact: true }).fill('typing');
  await page.getByLabel('q', { exact: true }).press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('canvas').locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});

test('organizes the graph left to right, as one undoable step', async ({ page }) => {
  await connect(page, '1734000000001', '1734000000003');
  await connect(page, '1734000000003', '1734000000002');
  // Flow coordinates (the node's transform), not screen ones: Organize also moves the viewport, as Dify's does.
  const x = async (id: string) => Number(/translate\(([-\d.]+)px/.exec((await node(page, id).getAttribute('style')) ?? '')?.[1]);
  const before = await x('1734000000002');
  await page.getByTestId('organize').click();
  await expect.poll(() => x('1734000000002')).not.toBe(before);
  expect(await x('1734000000001')).toBeLessThan(await x('1734000000003'));
  expect(await x('1734000000003')).toBeLessThan(await x('1734000000002'));
  await page.screenshot({ path: 'test-results/editing-organized.png' });
  await page.getByTestId('undo').click();
  await expect.poll(() => x('1734000000002')).toBe(before);
});

test('the history list names each edit and goes back or forward to any of them', async ({ page }) => {
  await connect(page, '1734000000001', '1734000000002');
  await connect(page, '1734000000002', '1734000000003');
  await expect(edges(page)).toHaveCount(2);
  await page.getByTestId('history-menu').click();
  await expect(page.getByRole('menu', { name: 'Edit history' }).getByRole('menuitem')).toHaveText(['0Opened', '1Node connected', '2Node connected']);
  await expect(page.getByTestId('history-entry-2')).toHaveAttribute('aria-current', 'step');
  await page.getByTestId('history-entry-0').click();
  await expect(edges(page)).toHaveCount(0);
  await expect(page.getByTestId('history-entry-0')).toHaveAttribute('aria-current', 'step');
  await page.getByTestId('history-entry-1').click();
  await expect(edges(page)).toHaveCount(1);
  const graph = await exportGraph(page);
  expect(graph.edges.map((e) => e.id)).toEqual(['1734000000001-source-1734000000002-target']);
});

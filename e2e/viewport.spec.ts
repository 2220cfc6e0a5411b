/**
 * Viewport and mode shortcuts (dify-dsl.md 6.6, 6.9): Ctrl+1, Shift+1, Shift+5, Ctrl+- / Ctrl+=,
 * the zoom menu, pointer vs hand mode with box selection (partial overlap selects, Shift-drag in
 * both modes), shortcuts ignored while typing; and Organize running off the main thread.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { codeNode, startNode, workflow } from '../src/test-support/workflow-builder';
import { serialize } from '../src/dsl';
import { generateWorkflow } from '../bench/generate-workflow';

const S = '1736000000001';
const A = '1736000000002';
const B = '1736000000003';
const code = (id: string) => ({ ...codeNode(id, 'function main() { return { r: 1 } }', { r: 'number' }), id });
const doc = workflow([{ ...startNode([{ variable: 'q' }]), id: S }, code(A), code(B)], [[S, A], [S, B]]);
const places: Record<string, { x: number; y: number }> = { [S]: { x: 0, y: 100 }, [A]: { x: 400, y: 0 }, [B]: { x: 400, y: 240 } };
for (const n of doc.workflow.graph.nodes) n.position = places[n.id]!;
doc.workflow.graph.viewport = { x: 60, y: 100, zoom: 0.8 };

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const pane = (page: Page) => page.locator('.react-flow__pane');

/** The zoom React Flow renders with, from the viewport's transform. */
async function zoom(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1]);
}
async function translate(page: Page): Promise<{ x: number; y: number }> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(style);
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
}

/** Drags across the pane from a point to another (screen coordinates). */
async function dragPane(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, shift = false) {
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

/** An empty spot of the pane: below the toolbar, left of and above the start node (not on the zoom controls). */
async function emptySpot(page: Page) {
  const box = (await pane(page).boundingBox())!;
  return { x: box.x + 20, y: box.y + 80 };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'viewport.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(doc)) });
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect.poll(() => zoom(page)).toBe(0.8);
  const spot = await emptySpot(page);
  await page.mouse.click(spot.x, spot.y); // focus the canvas, select nothing
});

test('zoom shortcuts and the zoom menu set the zoom, clamped to 25-200 %', async ({ page }) => {
  await page.keyboard.press('Shift+1');
  await expect.poll(() => zoom(page)).toBe(1);
  await expect(page.getByTestId('zoom-menu')).toHaveText('100%');
  await page.keyboard.press('Shift+5');
  await expect.poll(() => zoom(page)).toBe(0.5);
  await page.keyboard.press('Control+=');
  await expect.poll(() => zoom(page)).toBe(0.6);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect.poll(() => zoom(page)).toBe(0.4);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+-');
  await expect.poll(() => zoom(page)).toBe(0.25);
  await expect(page.getByTestId('zoom-menu')).toHaveText('25%');

  await page.getByTestId('zoom-menu').click();
  await page.getByTestId('zoom-200').click();
  await expect.poll(() => zoom(page)).toBe(2);
  await page.keyboard.press('Control+=');
  await expect.poll(() => zoom(page)).toBe(2);
  await page.getByTestId('zoom-menu').click();
  await page.getByTestId('zoom-75').click();
  await expect.poll(() => zoom(page)).toBe(0.75);

  // Fit view (Ctrl+1, and the menu's Fit): every node inside the pane.
  await page.keyboard.press('Shift+1');
  await page.keyboard.press('Control+1');
  await expect.poll(() => zoom(page)).not.toBe(1);
  const paneBox = (await pane(page).boundingBox())!;
  for (const id of [S, A, B]) {
    const box = (await node(page, id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(paneBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
    expect(box.y + box.height).toBeLessThanOrEqual(paneBox.y + paneBox.height);
  }
  const fitted = await zoom(page);
  await page.keyboard.press('Shift+5');
  await page.getByTestId('zoom-menu').click();
  await page.getByTestId('zoom-fit').click();
  await expect.poll(() => zoom(page)).toBeCloseTo(fitted, 3);
  await page.screenshot({ path: 'test-results/viewport-fit.png' });
});

test('pointer mode draws a selection box (partial overlap selects); hand mode pans; Shift-drag selects in both', async ({ page }) => {
  await expect(page.getByTestId('mode-pointer')).toHaveAttribute('aria-pressed', 'true');
  const a = (await node(page, A).boundingBox())!;
  const b = (await node(page, B).boundingBox())!;
  // A box from the left of A and B that covers only their left halves.
  const from = { x: a.x - 30, y: a.y - 20 };
  const to = { x: a.x + a.width / 3, y: b.y + b.height / 2 };
  const before = await translate(page);
  await dragPane(page, from, to);
  await expect(node(page, A)).toHaveClass(/selected/);
  await expect(node(page, B)).toHaveClass(/selected/);
  await expect(node(page, S)).not.toHaveClass(/selected/);
  expect(await translate(page)).toEqual(before);

  await page.keyboard.press('Escape');
  const spot = await emptySpot(page);
  await page.mouse.click(spot.x, spot.y);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

  await page.keyboard.press('h');
  await expect(page.getByTestId('mode-hand')).toHaveAttribute('aria-pressed', 'true');
  await dragPane(page, spot, { x: spot.x + 120, y: spot.y + 60 });
  await expect.poll(() => translate(page)).toEqual({ x: before.x + 120, y: before.y + 60 });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

  // Shift-drag draws a box in hand mode too.
  const a2 = (await node(page, A).boundingBox())!;
  const b2 = (await node(page, B).boundingBox())!;
  await dragPane(page, { x: a2.x - 30, y: a2.y - 20 }, { x: a2.x + a2.width / 3, y: b2.y + b2.height / 2 }, true);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/viewport-hand-box.png' });

  await page.getByTestId('mode-pointer').click();
  await expect(page.getByTestId('mode-pointer')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('h');
  await page.keyboard.press('v');
  await expect(page.getByTestId('mode-pointer')).toHaveAttribute('aria-pressed', 'true');
});

test('viewport and mode shortcuts are ignored while typing in a text field', async ({ page }) => {
  const search = page.getByPlaceholder('Search blocks');
  await search.click();
  await page.keyboard.press('h');
  await page.keyboard.press('Shift+1');
  await page.keyboard.press('Control+=');
  // The keys went into the field (Playwright types Shift+1 as "1").
  await expect(search).toHaveValue(/^h/);
  await expect(page.getByTestId('mode-pointer')).toHaveAttribute('aria-pressed', 'true');
  expect(await zoom(page)).toBe(0.8);
});

test('help lines: a dragged node shows a guide and snaps onto another node\'s edge within 5 px', async ({ page }) => {
  const b = (await node(page, B).boundingBox())!;
  const grab = { x: b.x + 60, y: b.y + 14 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 20, grab.y + 20, { steps: 4 });
  await page.mouse.move(grab.x + 40, grab.y + 40, { steps: 4 });
  await expect(page.getByTestId('help-line-vertical')).toHaveCount(0);
  // 2 screen px right of A's left edge (2.5 px in the flow at zoom 0.8): within reach, so it snaps.
  await page.mouse.move(grab.x + 2, grab.y + 40, { steps: 4 });
  await expect(page.getByTestId('help-line-vertical')).toBeVisible();
  const a = (await node(page, A).boundingBox())!;
  const guide = (await page.getByTestId('help-line-vertical').boundingBox())!;
  expect(Math.abs(guide.x - a.x)).toBeLessThan(2);
  await expect.poll(async () => (await node(page, B).boundingBox())!.x).toBeCloseTo(a.x, 0);
  await page.screenshot({ path: 'test-results/viewport-help-line.png' });
  await page.mouse.up();
  await expect(page.getByTestId('help-lines')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const exported = parse(readFileSync((await (await download).path())!, 'utf8')) as { workflow: { graph: { nodes: { id: string; position: { x: number; y: number } }[] } } };
  const moved = exported.workflow.graph.nodes.find((n) => n.id === B)!;
  expect(moved.position.x).toBe(400);
  expect(moved.position.y).toBeGreaterThan(260);
});

test.describe('Organize on a big workflow', () => {
  test('runs ELK off the main thread: "Organizing…" shows and the canvas answers shortcuts meanwhile', async ({ page }) => {
    test.setTimeout(120_000);
    const big = serialize(generateWorkflow(1000));
    await page.getByTestId('import-input').setInputFiles({ name: 'big.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(big) });
    // Above 500 nodes the canvas renders only what is in view (src/canvas/visible-elements.ts): probe a node of the first column.
    const probe = node(page, '1700000000002');
    await expect(probe).toBeVisible({ timeout: 60_000 });
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(1000);
    const before = await probe.getAttribute('style');
    const organizeButton = page.getByTestId('organize');
    const layoutWorker = page.waitForEvent('worker', { predicate: (w) => w.url().includes('layout'), timeout: 10_000 });
    await organizeButton.click();
    await layoutWorker;
    await expect(organizeButton).toHaveText('Organizing…');
    await expect(organizeButton).toBeDisabled();
    // A main-thread layout would hold this key press until it ended; in a worker the zoom changes at once.
    await page.keyboard.press('Shift+5');
    await expect.poll(() => zoom(page)).toBe(0.5);
    await expect(organizeButton).toHaveText('Organizing…');
    await expect(organizeButton).toHaveText('Organize', { timeout: 60_000 });
    await expect(probe).not.toHaveAttribute('style', before!);
    const organized = await probe.getAttribute('style');
    await page.getByTestId('undo').click();
    await expect(probe).toHaveAttribute('style', before!);
    // The worker is kept and answers again.
    await organizeButton.click();
    await expect(organizeButton).toHaveText('Organize', { timeout: 60_000 });
    await expect(probe).toHaveAttribute('style', organized!);
  });
});

test('F maximizes the canvas (the palette goes) and stays so after a reload; F again brings it back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('block-palette')).toBeVisible();
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('f');
  await expect(page.getByTestId('block-palette')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.getByTestId('block-palette')).toHaveCount(0);
  await page.getByTestId('maximize-canvas').click();
  await expect(page.getByTestId('block-palette')).toBeVisible();
});

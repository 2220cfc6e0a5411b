/**
 * The acceptance: "Undo/redo through a 30-step mixed session returns to each earlier state
 * exactly". Thirty edits through the UI (mouse drags, handle connects, Delete, Ctrl+D, copy and
 * paste, Organize, titles in the node panel), the exported file recorded after each; then 30 undos,
 * each compared byte for byte with the file before that step, and 30 redos back to the end.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import { codeNode, startNode, workflow } from '../src/test-support/workflow-builder';

const S = '1735000000001';
const A = '1735000000002';
const B = '1735000000003';
const C = '1735000000004';
const D = '1735000000005';
const code = (id: string) => ({ ...codeNode(id, 'function main() { return { r: 1 } }', { r: 'number' }), id });
const doc = workflow([{ ...startNode([{ variable: 'q' }]), id: S }, code(A), code(B), code(C), code(D)], []);
const places: Record<string, { x: number; y: number }> = { [S]: { x: 40, y: 60 }, [A]: { x: 360, y: 40 }, [B]: { x: 680, y: 40 }, [C]: { x: 360, y: 300 }, [D]: { x: 680, y: 300 } };
for (const n of doc.workflow.graph.nodes) n.position = places[n.id]!;
doc.workflow.graph.viewport = { x: 20, y: 20, zoom: 0.6 };

// Wide enough that the canvas keeps the graph in view while the node panel is open.
test.use({ viewport: { width: 1600, height: 900 } });

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/**
 * The open workflow as Export writes it. This test downloads ~120 files from one page; in
 * headless Chromium under load about one in a few hundred clicks produced no download event
 * (the click landed, the page issued the download, no event came), so an attempt without a
 * download within 5 s is retried. Exporting is read-only: a retry cannot change the state.
 */
async function exportText(page: Page): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const download = page.waitForEvent('download', { timeout: 5_000 });
    await page.getByTestId('export-button').click();
    try {
      return readFileSync((await (await download).path())!, 'utf8');
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function nodeIds(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
}

async function select(page: Page, id: string) {
  await node(page, id).click({ position: { x: 40, y: 14 } });
  await expect(node(page, id)).toHaveClass(/selected/);
}

/** Clears the selection (Escape closes the node panel and deselects). */
async function deselect(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
}

async function drag(page: Page, id: string, dx: number, dy: number) {
  const box = (await node(page, id).boundingBox())!;
  const x = box.x + 40;
  const y = box.y + 14;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y + (dy * i) / 5);
  await page.mouse.up();
  await deselect(page);
}

async function connect(page: Page, from: string, to: string) {
  await node(page, from).locator('.react-flow__handle.source').first().dragTo(node(page, to).locator('.react-flow__handle.target'));
}

async function rename(page: Page, id: string, title: string) {
  await select(page, id);
  await page.getByTestId('node-panel-title').fill(title);
  await deselect(page);
}

/** Runs `action` and returns the id of the one node it added. */
async function added(page: Page, action: () => Promise<void>): Promise<string> {
  const before = new Set(await nodeIds(page));
  await action();
  await expect.poll(async () => (await nodeIds(page)).length).toBe(before.size + 1);
  return (await nodeIds(page)).find((id) => !before.has(id))!;
}

async function duplicate(page: Page, id: string): Promise<string> {
  const copy = await added(page, async () => {
    await select(page, id);
    await page.keyboard.press('Control+d');
  });
  await deselect(page);
  return copy;
}

async function copyPaste(page: Page, id: string): Promise<string> {
  const pasted = await added(page, async () => {
    await select(page, id);
    await page.keyboard.press('Control+c');
    // The paste lands under the pointer: an empty spot below the graph.
    await page.mouse.move(500, 820);
    await page.keyboard.press('Control+v');
  });
  await deselect(page);
  return pasted;
}

async function remove(page: Page, id: string) {
  await select(page, id);
  await page.keyboard.press('Delete');
  await expect(node(page, id)).toHaveCount(0);
}

async function organize(page: Page) {
  await page.getByTestId('organize').click();
}

/** Fits the view (not an edit), so that no node sits under the toolbar after Organize. */
async function fitView(page: Page) {
  await page.locator('.react-flow__controls-fitview').click();
}

/** Waits for the exported file to become `expected`; on a timeout, fails with a diff of the last export. */
async function expectExported(page: Page, expected: string, message: string) {
  let last = '';
  await expect.poll(async () => (last = await exportText(page)) === expected, { timeout: 10_000 }).toBe(true).catch(() => undefined);
  expect(last, message).toBe(expected);
}

test('undo and redo through a 30-step mixed session return to each earlier state exactly', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'undo-session.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(doc)) });
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  const states = [await exportText(page)];
  /** One step: the action, then the exported file once it changed (each step must change it). */
  const step = async (name: string, action: () => Promise<unknown>, afterwards?: () => Promise<void>) => {
    await action();
    const previous = states.at(-1)!;
    let text = previous;
    await expect.poll(async () => (text = await exportText(page)), { message: `step ${states.length} (${name}) changed nothing`, timeout: 15_000 }).not.toBe(previous);
    states.push(text);
    await afterwards?.();
  };

  let d1 = '', c1 = '', b1 = '', a1 = '', d2 = '';
  await step('connect S-A', () => connect(page, S, A));
  await step('connect A-B', () => connect(page, A, B));
  await step('move B', () => drag(page, B, 40, 60));
  await step('rename A', () => rename(page, A, 'Alpha'));
  await step('connect S-C', () => connect(page, S, C));
  await step('duplicate D', async () => (d1 = await duplicate(page, D)));
  await step('move the copy of D', () => drag(page, d1, 0, 80));
  await step('connect C-D', () => connect(page, C, D));
  await step('delete the copy of D', () => remove(page, d1));
  await step('copy and paste C', async () => (c1 = await copyPaste(page, C)));
  await step('move the pasted C', () => drag(page, c1, 40, -30));
  await step('rename the pasted C', () => rename(page, c1, 'Gamma copy'));
  await step('organize', () => organize(page), () => fitView(page));
  await step('move A', () => drag(page, A, 0, 50));
  await step('connect B-D', () => connect(page, B, D));
  await step('duplicate B', async () => (b1 = await duplicate(page, B)));
  await step('connect A-copy of B', () => connect(page, A, b1));
  await step('delete B (and its edges)', () => remove(page, B));
  await step('rename D', () => rename(page, D, 'Delta'));
  await step('move D', () => drag(page, D, -30, 40));
  await step('copy and paste A', async () => (a1 = await copyPaste(page, A)));
  await step('connect pasted C-pasted A', () => connect(page, c1, a1));
  await step('organize again', () => organize(page), () => fitView(page));
  await step('delete the pasted A', () => remove(page, a1));
  await step('rename the copy of B', () => rename(page, b1, 'Beta two'));
  await step('move C', () => drag(page, C, 20, 30));
  await step('duplicate D again', async () => (d2 = await duplicate(page, D)));
  await step('move the second copy of D', () => drag(page, d2, 0, 70));
  await step('connect copy of B-second copy of D', () => connect(page, b1, d2));
  await step('rename the start', () => rename(page, S, 'Begin'));
  expect(states).toHaveLength(31);
  expect(new Set(states).size).toBe(31);

  for (let i = 30; i > 0; i--) {
    await page.getByTestId('undo').click();
    await expectExported(page, states[i - 1]!, `undo back to the state after step ${i - 1}`);
  }
  await expect(page.getByTestId('undo')).toBeDisabled();
  for (let i = 1; i <= 30; i++) {
    await page.getByTestId('redo').click();
    await expectExported(page, states[i]!, `redo to the state after step ${i}`);
  }
  await expect(page.getByTestId('redo')).toBeDisabled();
  await page.screenshot({ path: 'test-results/undo-session-end.png' });
});

/** Adding blocks by mouse: the palette (drag, click, search), "+" after a handle, "+" on an edge, edge delete and reconnect. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { workflow, codeNode, startNode } from '../src/test-support/workflow-builder';

interface ExportedNode { id: string; parentId?: string; position: { x: number; y: number }; data: Record<string, unknown> & { type: string; title: string } }
interface ExportedGraph { nodes: ExportedNode[]; edges: { id: string; source: string; sourceHandle: string; target: string }[] }

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const flowNodes = (page: Page) => page.locator('.react-flow__node');

async function exportGraph(page: Page): Promise<ExportedGraph> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const file = await download;
  // YAML 1.2 here: under 1.1 rules the position key `y` would read as `true`.
  return (parse(readFileSync((await file.path())!, 'utf8')) as { workflow: { graph: ExportedGraph } }).workflow.graph;
}

/** Clicks a straight edge a quarter of the way along, away from the "+" at its middle. */
async function clickEdge(page: Page, id: string) {
  const edge = page.locator(`.react-flow__edge[data-id="${id}"]`);
  const box = (await edge.boundingBox())!;
  await edge.click({ position: { x: box.width / 4, y: box.height / 2 } });
}

async function importDoc(page: Page, doc: unknown, count: number) {
  await page.getByTestId('import-input').setInputFiles({ name: 'blocks.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(doc)) });
  await expect(flowNodes(page)).toHaveCount(count);
}

/** start 1 -> code 2, code 3 unconnected; an iteration 9 with its start child. */
function sample() {
  const doc = workflow([
    { ...startNode(), id: '1' },
    codeNode('2', 'function main() { return {} }', {}),
    codeNode('3', 'function main() { return {} }', {}),
    { id: '9', type: 'iteration', data: { start_node_id: '9start', iterator_selector: [], output_selector: [], width: 508, height: 204 } },
    { id: '9start', type: 'iteration-start', parentId: '9', data: { isInIteration: true } },
  ], [['1', '2']]);
  const place: Record<string, { x: number; y: number }> = { 1: { x: 40, y: 80 }, 2: { x: 380, y: 80 }, 3: { x: 380, y: 260 }, 9: { x: 40, y: 420 }, '9start': { x: 24, y: 68 } };
  for (const n of doc.workflow.graph.nodes) n.position = place[n.id]!;
  const it = doc.workflow.graph.nodes.find((n) => n.id === '9')!;
  Object.assign(it, { width: 508, height: 204, zIndex: 1 });
  Object.assign(doc.workflow.graph.nodes.find((n) => n.id === '9start')!, { width: 44, height: 48, zIndex: 1002, draggable: false, selectable: false });
  doc.workflow.graph.viewport = { x: 0, y: 0, zoom: 1 };
  return doc;
}

/** A block of `type` was added in node 2's place: it stands where 2 stood, and 2 moved right by 300. */
async function expectInPlaceOf2(page: Page, type: string): Promise<{ graph: ExportedGraph; added: ExportedNode }> {
  await expect(flowNodes(page)).toHaveCount(6);
  const graph = await exportGraph(page);
  const added = graph.nodes.find((n) => n.data.type === type)!;
  expect(added.position).toEqual({ x: 380, y: 80 });
  expect(graph.nodes.find((n) => n.id === '2')!.position).toEqual({ x: 680, y: 80 });
  return { graph, added };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the palette lists Dify\'s groups, searches by title, adds by click and by drag', async ({ page }) => {
  const palette = page.getByTestId('block-palette');
  await expect(palette.getByRole('heading', { name: 'Logic' })).toBeVisible();
  await expect(palette.getByTestId('palette-block-start')).toHaveCount(0); // the new workflow has its User Input
  await expect(palette.getByTestId('palette-block-end')).toBeVisible();
  await page.screenshot({ path: 'test-results/palette.png' });

  await palette.getByTestId('palette-search').fill('EXTRACT');
  await expect(palette.locator('[data-testid^="palette-block-"]')).toHaveText(['Doc Extractor', 'Parameter Extractor']);
  await palette.getByTestId('palette-search').fill('');

  await palette.getByTestId('palette-block-llm').click();
  await expect(flowNodes(page)).toHaveCount(2);
  await expect(page.locator('.react-flow__node.selected [data-block-type="llm"]')).toBeVisible();
  await palette.getByTestId('palette-block-llm').click(); // a second click does not land on the first
  await expect(flowNodes(page)).toHaveCount(3);

  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await palette.getByTestId('palette-block-http-request').dragTo(pane, { targetPosition: { x: box.width - 300, y: 120 } });
  await expect(flowNodes(page)).toHaveCount(4);
  const graph = await exportGraph(page);
  expect(graph.nodes.map((n) => n.data.title)).toEqual(['User Input', 'LLM', 'LLM 2', 'HTTP Request']);
  const [, llm, llm2] = graph.nodes;
  expect(Math.abs(llm!.position.x - llm2!.position.x) + Math.abs(llm!.position.y - llm2!.position.y)).toBeGreaterThan(40);
  await page.getByTestId('undo').click();
  await expect(flowNodes(page)).toHaveCount(3);
});

test('a block dragged into an iteration becomes its child; a container inside one is refused with a notice', async ({ page }) => {
  await importDoc(page, sample(), 5);
  const it = (await node(page, '9').boundingBox())!;
  await page.getByTestId('palette-block-code').dragTo(node(page, '9'), { targetPosition: { x: it.width - 150, y: 110 } });
  await expect(flowNodes(page)).toHaveCount(6);
  await page.getByTestId('palette-block-iteration').dragTo(node(page, '9'), { targetPosition: { x: 100, y: 150 } });
  await expect(page.getByTestId('canvas-notice')).toContainText('cannot be placed inside an iteration');
  await expect(flowNodes(page)).toHaveCount(6);
  const child = (await exportGraph(page)).nodes.at(-1)!;
  expect(child).toMatchObject({ parentId: '9', data: { type: 'code', isInIteration: true, iteration_id: '9' } });
  expect(child.position.x).toBeGreaterThan(100);
});

test('"+" after a handle opens a selector of the blocks allowed there and connects the new block', async ({ page }) => {
  await importDoc(page, sample(), 5);
  await node(page, '2').hover();
  await page.getByTestId('add-after-2-source').click();
  const selector = page.getByTestId('block-selector');
  await expect(selector).toBeVisible();
  await expect(selector.getByTestId('selector-block-end')).toBeVisible();
  await expect(selector.getByTestId('selector-block-start')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/add-after-selector.png' });
  await selector.getByTestId('selector-search').fill('if');
  await selector.getByTestId('selector-block-if-else').click();
  await expect(selector).toHaveCount(0);
  await expect(flowNodes(page)).toHaveCount(6);

  // Inside the iteration: from its start child (whose "+" always shows), no containers or Output offered.
  await page.getByTestId('add-after-9start-source').click();
  await expect(selector.getByTestId('selector-block-iteration')).toHaveCount(0);
  await expect(selector.getByTestId('selector-block-end')).toHaveCount(0);
  await selector.getByTestId('selector-block-code').click();
  await expect(flowNodes(page)).toHaveCount(7);

  // Escape closes without adding.
  await node(page, '3').hover();
  await page.getByTestId('add-after-3-source').click();
  await expect(selector).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(selector).toHaveCount(0);

  const graph = await exportGraph(page);
  const ifElse = graph.nodes.find((n) => n.data.type === 'if-else')!;
  const code = graph.nodes.find((n) => n.parentId === '9' && n.data.type === 'code')!;
  expect(ifElse.position).toEqual({ x: 380 + 244 + 60, y: 80 });
  expect(graph.edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([['1', 'source', '2'], ['2', 'source', ifElse.id], ['9start', 'source', code.id]]);
  expect(code.data).toMatchObject({ isInIteration: true, iteration_id: '9' });
  // The "+" press neither started a connection nor moved the node.
  expect(graph.nodes.find((n) => n.id === '2')!.position).toEqual({ x: 380, y: 80 });
});

test('"+" on an edge inside an iteration inserts a child of the iteration, reachable above the container', async ({ page }) => {
  await importDoc(page, sample(), 5);
  await page.getByTestId('add-after-9start-source').click();
  await page.getByTestId('selector-block-code').click();
  await expect(flowNodes(page)).toHaveCount(6);
  const code = (await page.locator('.react-flow__node.selected').getAttribute('data-id'))!;
  await page.locator(`.react-flow__edge[data-id="9start-source-${code}-target"]`).hover();
  await page.getByTestId(`add-on-edge-9start-source-${code}-target`).click();
  await expect(page.getByTestId('selector-block-loop')).toHaveCount(0);
  await page.getByTestId('selector-block-template-transform').click();
  await expect(flowNodes(page)).toHaveCount(7);
  const graph = await exportGraph(page);
  const template = graph.nodes.find((n) => n.data.type === 'template-transform')!;
  expect(template).toMatchObject({ parentId: '9', data: { isInIteration: true, iteration_id: '9' } });
  expect(graph.edges.map((e) => [e.source, e.target])).toEqual([['1', '2'], ['9start', template.id], [template.id, code]]);
  // Edges between children stay below the children's cards: the start child's "+" is still reachable over its edge.
  await page.getByTestId('add-after-9start-source').click();
  await expect(page.getByTestId('block-selector')).toBeVisible();
  await page.keyboard.press('Escape');
});

test('"+" before a node adds a block in its place, shifts it and what follows, and connects into it', async ({ page }) => {
  await importDoc(page, sample(), 5);
  await node(page, '2').hover();
  await page.getByTestId('add-before-2').click();
  const selector = page.getByTestId('block-selector');
  await expect(selector.getByTestId('selector-block-end')).toHaveCount(0); // nothing could follow it
  await selector.getByTestId('selector-block-template-transform').click();
  const { graph, added: template } = await expectInPlaceOf2(page, 'template-transform');
  expect(graph.edges.map((e) => [e.source, e.target])).toEqual([['1', '2'], [template.id, '2']]);
});

test('"+" on an edge inserts a block between; edges select, delete with Delete and reconnect by dragging an end', async ({ page }) => {
  await importDoc(page, sample(), 5);
  const edge = page.locator('.react-flow__edge[data-id="1-source-2-target"]');
  await edge.hover();
  await page.getByTestId('add-on-edge-1-source-2-target').click();
  await page.screenshot({ path: 'test-results/add-on-edge-selector.png' });
  await page.getByTestId('selector-block-llm').click();
  let { graph, added: llm } = await expectInPlaceOf2(page, 'llm');
  expect(graph.edges.map((e) => [e.source, e.target])).toEqual([['1', llm.id], [llm.id, '2']]);

  // Select the llm -> 2 edge by clicking it (off its middle, where the "+" is), then Delete removes it as one undoable step.
  // First an empty spot, so the new LLM is no longer selected and its own "+" is out of the way.
  await page.locator('.react-flow__pane').click({ position: { x: 560, y: 500 } });
  await expect(node(page, llm.id)).not.toHaveClass(/selected/);
  await clickEdge(page, `${llm.id}-source-2-target`);
  await expect(page.locator(`.react-flow__edge[data-id="${llm.id}-source-2-target"]`)).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Drag the target end of 1 -> llm onto code 3.
  const moved = page.locator(`.react-flow__edge[data-id="1-source-${llm.id}-target"]`);
  await clickEdge(page, `1-source-${llm.id}-target`);
  const end = moved.locator('.react-flow__edgeupdater-target');
  const target = node(page, '3').locator('.react-flow__handle.target');
  await end.dragTo(target);
  await expect(page.locator('.react-flow__edge[data-id="1-source-3-target"]')).toHaveCount(1);
  graph = await exportGraph(page);
  expect(graph.edges.map((e) => [e.source, e.target])).toEqual([['1', '3'], [llm.id, '2']]);
});

test('a read-only tab offers no palette and no "+"', async ({ page, context }) => {
  await importDoc(page, sample(), 5);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('read-only-banner')).toBeVisible({ timeout: 5000 });
  await expect(second.getByTestId('block-palette')).toHaveCount(0);
  await node(second, '2').click();
  await expect(second.getByTestId('add-after-2-source')).toBeHidden();
  await expect(second.getByTestId('add-after-9start-source')).toBeHidden();
  const from = (await node(second, '1').locator('.react-flow__handle.source').boundingBox())!;
  const to = (await node(second, '2').locator('.react-flow__handle.target').boundingBox())!;
  await second.mouse.move((from.x + to.x) / 2 + 6, from.y + from.height / 2); // the middle of the edge
  await expect(second.locator('.react-flow__edge[data-id="1-source-2-target"] .stroke-blue-600')).toHaveCount(1); // hovered
  await expect(second.getByTestId('add-on-edge-1-source-2-target')).toHaveCount(1); // rendered, but not shown
  await expect(second.getByTestId('add-on-edge-1-source-2-target')).toBeHidden();
  // The writing tab keeps them.
  await node(page, '2').hover();
  await expect(page.getByTestId('add-after-2-source')).toBeVisible();
});

/**
 * The acceptance: build a workflow on a new, empty canvas by mouse only (palette drags,
 * handle drags, the IF/ELSE panel's "+ ELIF", a Code block dropped into an Iteration), export
 * it, re-import the file and find the same graph.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

interface ExportedNode { id: string; type: string; parentId?: string; data: Record<string, unknown> & { type: string } }
interface ExportedEdge { source: string; sourceHandle: string; target: string; targetHandle: string; data: Record<string, unknown> }
interface Exported { text: string; graph: { nodes: ExportedNode[]; edges: ExportedEdge[] } }

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const sourceHandle = (page: Page, id: string, handle = 'source') => node(page, id).locator(`.react-flow__handle.source[data-handleid="${handle}"]`);
const targetHandle = (page: Page, id: string) => node(page, id).locator('.react-flow__handle.target');

async function exportFile(page: Page): Promise<Exported> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  return { text, graph: (parse(text) as { workflow: { graph: Exported['graph'] } }).workflow.graph };
}

/** Drags a palette entry to a point of the flow pane and returns the new (selected) node's id. */
async function dropBlock(page: Page, type: string, at: { x: number; y: number }, onto?: Locator): Promise<string> {
  const before = await page.locator('.react-flow__node').count();
  const target = onto ?? page.locator('.react-flow__pane');
  await page.getByTestId(`palette-block-${type}`).dragTo(target, { targetPosition: at });
  await expect(page.locator('.react-flow__node')).toHaveCount(before + (type === 'iteration' ? 2 : 1));
  const id = await page.locator('.react-flow__node.selected').getAttribute('data-id');
  expect(id).toBeTruthy();
  return id!;
}

async function connect(page: Page, from: Locator, to: Locator) {
  const edges = await page.locator('.react-flow__edge').count();
  await from.dragTo(to);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges + 1);
}

/** What must survive the round trip: nodes (id, type, parent) and edges (ends and handles). */
function shape(graph: Exported['graph']) {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, type: n.data.type, parentId: n.parentId ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: graph.edges.map((e) => `${e.source}:${e.sourceHandle}->${e.target}:${e.targetHandle}`).sort(),
  };
}

test('builds a workflow from an empty canvas by mouse, exports it and re-imports the same graph', async ({ page }) => {
  await page.goto('/');
  // A new workflow holds only its User Input, as Dify's does.
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const start = (await page.locator('.react-flow__node').first().getAttribute('data-id'))!;

  // Blocks from the palette. (Selecting a block opens its panel, which narrows the canvas: keep drops on its left part.)
  const ifElse = await dropBlock(page, 'if-else', { x: 300, y: 40 });
  const iteration = await dropBlock(page, 'iteration', { x: 300, y: 330 });
  const end = await dropBlock(page, 'end', { x: 60, y: 520 });
  const iterationBox = (await node(page, iteration).boundingBox())!;
  const code = await dropBlock(page, 'code', { x: iterationBox.width - 120, y: iterationBox.height / 2 + 10 }, node(page, iteration));

  // IF/ELSE gets a second case from its panel.
  await node(page, ifElse).click();
  await page.getByTestId('if-else-add-case').click();
  const handles = node(page, ifElse).locator('.react-flow__handle.source');
  await expect(handles).toHaveCount(3);
  const caseHandles = (await handles.evaluateAll((els) => els.map((el) => el.getAttribute('data-handleid')))) as string[];
  expect(caseHandles[0]).toBe('true');
  expect(caseHandles[2]).toBe('false');
  const elif = caseHandles[1]!;
  // Close the panel: the whole canvas is in reach again (connecting selects nothing, so it stays closed).
  await page.getByTestId('node-panel-close').click();
  await expect(page.getByTestId('node-panel')).toHaveCount(0);

  // Connections, by dragging from handle to handle.
  await connect(page, sourceHandle(page, start), targetHandle(page, ifElse));
  await connect(page, sourceHandle(page, ifElse, 'true'), targetHandle(page, iteration));
  await connect(page, sourceHandle(page, ifElse, elif), targetHandle(page, end));
  await connect(page, sourceHandle(page, ifElse, 'false'), targetHandle(page, end));
  await connect(page, sourceHandle(page, `${iteration}start`), targetHandle(page, code));
  await connect(page, sourceHandle(page, iteration), targetHandle(page, end));
  await page.screenshot({ path: 'test-results/build-from-empty.png' });

  const first = await exportFile(page);
  const { nodes, edges } = first.graph;
  expect(nodes.map((n) => n.data.type).sort()).toEqual(['code', 'end', 'if-else', 'iteration', 'iteration-start', 'start']);
  const codeNode = nodes.find((n) => n.id === code)!;
  expect(codeNode).toMatchObject({ parentId: iteration, data: { type: 'code', isInIteration: true, iteration_id: iteration } });
  expect(nodes.find((n) => n.id === iteration)!.data).toMatchObject({ start_node_id: `${iteration}start` });
  expect((nodes.find((n) => n.id === ifElse)!.data.cases as { case_id: string }[]).map((c) => c.case_id)).toEqual(['true', elif]);
  expect(shape(first.graph).edges).toEqual([
    `${start}:source->${ifElse}:target`,
    `${ifElse}:true->${iteration}:target`,
    `${ifElse}:${elif}->${end}:target`,
    `${ifElse}:false->${end}:target`,
    `${iteration}start:source->${code}:target`,
    `${iteration}:source->${end}:target`,
  ].sort());
  expect(edges.find((e) => e.target === code)!.data).toMatchObject({ isInIteration: true, iteration_id: iteration });

  // Re-import the exported file: the same graph comes back, on the canvas and in the next export.
  await page.getByTestId('import-input').setInputFiles({ name: 'built.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(first.text) });
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  for (const n of nodes) await expect(node(page, n.id)).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);
  const second = await exportFile(page);
  expect(shape(second.graph)).toEqual(shape(first.graph));
  expect(second.text).toBe(first.text);
});

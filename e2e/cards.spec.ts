/**
 * Node cards, containers, notes and the node panel: cards show their type's summary with
 * handles on the right rows, containers hold their children and resize as one undo step,
 * notes render their Lexical text as text, and the IF/ELSE panel adds an ELIF branch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import { startNode, workflow } from '../src/test-support/workflow-builder';
import { corpusDir, fixturesDir, hasCorpus, nodeIds, yamlData } from './dsl-files';

type GraphNode = { id: string; width?: number; height?: number; data: Record<string, unknown> };
type Graph = { nodes: GraphNode[]; edges: { source: string; sourceHandle?: string }[] };

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function importFixture(page: Page, name: string, count: number) {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(join(fixturesDir, name));
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
}

async function exportGraph(page: Page): Promise<Graph> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const file = await download;
  return (yamlData(readFileSync((await file.path())!, 'utf8')) as { workflow: { graph: Graph } }).workflow.graph;
}

test.describe('chatflow with every AI block', () => {
  test.beforeEach(({ page }) => importFixture(page, 'chatflow-all-blocks.yml', 10));

  test('cards show models, classes with their handles, tools and answers', async ({ page }) => {
    const classifier = node(page, '1732000000003');
    await expect(classifier.getByTestId('card-model')).toContainText('gpt-4o-mini');
    const classes = classifier.getByTestId('card-class');
    await expect(classes).toHaveCount(2);
    // Each class row carries its own source handle, level with the row.
    for (const row of await classes.all()) {
      const handle = row.locator('.react-flow__handle.source');
      await expect(handle).toHaveCount(1);
      const [r, h] = [await row.boundingBox(), await handle.boundingBox()];
      expect(Math.abs(h!.y + h!.height / 2 - (r!.y + r!.height / 2))).toBeLessThan(2);
    }
    await expect(node(page, '1732000000004').getByTestId('card-model')).toContainText('openai');
    await expect(node(page, '1732000000008').getByTestId('card-tool')).toContainText('wikipedia');
    await expect(node(page, '1732000000005').getByTestId('card-answer')).not.toBeEmpty();
    await expect(node(page, '1732000000002').getByTestId('card-retrieval')).toContainText('dataset');
  });
});

test.describe('workflow with logic blocks', () => {
  test.beforeEach(({ page }) => importFixture(page, 'workflow-logic-blocks.yml', 17));

  test('IF/ELSE shows a row per case with its handle, then ELSE', async ({ page }) => {
    const ifElse = node(page, '1718600000002');
    const rows = ifElse.getByTestId('card-case');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('IF');
    await expect(rows.nth(1)).toContainText('ELIF');
    await expect(rows.nth(2)).toContainText('ELSE');
    await expect(rows.nth(0).locator('.react-flow__handle.source')).toHaveAttribute('data-handleid', 'true');
    await expect(rows.nth(2).locator('.react-flow__handle.source')).toHaveAttribute('data-handleid', 'false');
    await expect(ifElse.getByTestId('card-condition').first()).toBeVisible();
  });

  test('code shows its language; containers hold their children at their stored size', async ({ page }, info) => {
    await expect(node(page, '1718600000003').getByTestId('card-code-language')).toContainText(/Python 3|JavaScript/);
    const loop = node(page, '1718600000010');
    const zoom = 0.7;
    const box = (await loop.boundingBox())!;
    expect(Math.round(box.width / zoom)).toBe(1040);
    expect(Math.round(box.height / zoom)).toBe(250);
    for (const child of ['1718600000011', '1718600000012', '1718600000013']) {
      const c = (await node(page, child).boundingBox())!;
      expect(c.x).toBeGreaterThan(box.x);
      expect(c.y + c.height).toBeLessThan(box.y + box.height + 1);
    }
    await expect(node(page, '1718600000013')).toContainText('Exit Loop');
    await page.locator('.react-flow__controls-fitview').click();
    await page.screenshot({ path: info.outputPath('logic-fit.png') });
  });

  test('a note shows its theme and its text as text', async ({ page }) => {
    const note = node(page, '1718600000015').getByTestId('note-card');
    await expect(note).toHaveAttribute('data-theme', 'yellow');
    await expect(note.getByTestId('note-text')).toContainText('Branches');
    await expect(note.getByTestId('note-text')).not.toContainText('"root"');
  });

  test('a note resizes from its corner, never below 240x88', async ({ page }) => {
    const note = node(page, '1718600000015');
    await note.getByTestId('note-text').click();
    await expect(note).toHaveClass(/selected/);
    const g = (await note.getByTestId('resize-handle').boundingBox())!;
    await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    await page.mouse.down();
    await page.mouse.move(g.x - 200, g.y + 60, { steps: 5 });
    await page.mouse.up();
    const resized = (await exportGraph(page)).nodes.find((n) => n.id === '1718600000015')!;
    expect([resized.width, resized.data.width]).toEqual([240, 240]);
    expect(resized.height).toBeGreaterThan(88 + 60);
    expect(resized.data.height).toBe(resized.height);
  });

  test('resizing a container is one undoable step written to the node and its data', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    const loop = node(page, '1718600000010');
    await page.locator('.react-flow__controls-fitview').click();
    await loop.getByTestId('node-title').click();
    await expect(loop).toHaveClass(/selected/);
    // The panel narrows the canvas; fit the whole graph (zoom below 1) so the grip is on screen.
    await page.locator('.react-flow__controls-fitview').click();
    const grip = loop.getByTestId('resize-handle');
    const g = (await grip.boundingBox())!;
    await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(g.x + g.width / 2 + i * 20, g.y + g.height / 2 + i * 14);
    await page.mouse.up();
    const resized = (await exportGraph(page)).nodes.find((n) => n.id === '1718600000010')!;
    expect(resized.width).toBeGreaterThan(1040 + 100);
    expect(resized.height).toBeGreaterThan(250 + 70);
    expect([resized.data.width, resized.data.height]).toEqual([resized.width, resized.height]);
    await page.getByTestId('undo').click();
    const restored = (await exportGraph(page)).nodes.find((n) => n.id === '1718600000010')!;
    expect([restored.width, restored.height, restored.data.width, restored.data.height]).toEqual([1040, 250, 1040, 250]);
  });

  test('the IF/ELSE panel adds an ELIF case with a new handle, and typing never deletes the node', async ({ page }) => {
    const ifElse = node(page, '1718600000002');
    await ifElse.getByTestId('node-title').click();
    const panel = page.getByTestId('node-panel');
    await expect(panel).toHaveAttribute('data-node-id', '1718600000002');
    await expect(panel.getByTestId('if-else-case')).toHaveCount(2);
    await panel.getByTestId('if-else-add-case').click();
    await expect(panel.getByTestId('if-else-case')).toHaveCount(3);
    await expect(ifElse.getByTestId('card-case')).toHaveCount(4);
    const newId = await panel.getByTestId('if-else-case').nth(2).getAttribute('data-case-id');
    expect(newId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(ifElse.locator(`.react-flow__handle.source[data-handleid="${newId}"]`)).toHaveCount(1);

    const title = panel.getByTestId('node-panel-title');
    await title.click();
    await title.press('End');
    for (let i = 0; i < 3; i++) await title.press('Backspace');
    await title.pressSequentially('Route');
    await expect(ifElse.getByTestId('node-title')).toHaveText('IF/ERoute');
    await expect(node(page, '1718600000002')).toHaveCount(1);

    const graph = await exportGraph(page);
    const cases = graph.nodes.find((n) => n.id === '1718600000002')!.data.cases as { case_id: string; logical_operator: string; conditions: unknown[] }[];
    expect(cases.at(-1)).toEqual({ case_id: newId, logical_operator: 'and', conditions: [] });

    // Typing grouped into one entry: one undo restores the title; the next removes the case.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(panel).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(ifElse.getByTestId('node-title')).toHaveText('IF/ELSE');
    await page.keyboard.press('Control+z');
    await expect(ifElse.getByTestId('card-case')).toHaveCount(3);
  });

  test('Escape closes the panel; removing a case drops its edge', async ({ page }) => {
    const ifElse = node(page, '1718600000002');
    await ifElse.getByTestId('node-title').click();
    const panel = page.getByTestId('node-panel');
    await expect(panel).toBeVisible();
    const edgeCount = (await exportGraph(page)).edges.filter((e) => e.source === '1718600000002').length;
    await panel.getByTestId('if-else-remove-case').nth(1).click();
    await expect(ifElse.getByTestId('card-case')).toHaveCount(2);
    expect((await exportGraph(page)).edges.filter((e) => e.source === '1718600000002')).toHaveLength(edgeCount - 1);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(ifElse).not.toHaveClass(/selected/);
  });

  test('screenshot of the logic workflow with the IF/ELSE panel', async ({ page }, info) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await node(page, '1718600000002').getByTestId('node-title').click();
    await expect(page.getByTestId('node-panel')).toBeVisible();
    await page.screenshot({ path: info.outputPath('node-panel.png') });
  });
});

test('screenshot of the chatflow', async ({ page }, info) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await importFixture(page, 'chatflow-all-blocks.yml', 10);
  await page.screenshot({ path: info.outputPath('editor.png') });
});

/** The README's pictures (docs/editor.png, docs/node-panel.png) come from here, on a real Dify workflow. */
test('README screenshots on a Dify test workflow', async ({ page }, info) => {
  test.skip(!hasCorpus, `the shared corpus is not at ${corpusDir}`);
  const name = 'CplSafe__dify__api_tests_fixtures_workflow_dual_switch_variable_aggregator_workflow.yml';
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(join(corpusDir, name));
  await expect(page.locator('.react-flow__node')).toHaveCount(nodeIds(readFileSync(join(corpusDir, name), 'utf8')).length);
  await page.getByRole('button', { name: 'OK', exact: true }).click(); // the old-version notice
  await page.locator('.react-flow__controls-fitview').click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: info.outputPath('editor.png') });
  const ifElse = page.locator('.react-flow__node').filter({ has: page.getByTestId('card-case') }).first();
  await ifElse.getByTestId('node-title').click();
  await expect(page.getByTestId('node-panel')).toBeVisible();
  await page.locator('.react-flow__controls-fitview').click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: info.outputPath('node-panel.png') });
});

test('containers and notes up close', async ({ page }, info) => {
  await page.setViewportSize({ width: 2400, height: 1000 });
  await importFixture(page, 'workflow-logic-blocks.yml', 17);
  await node(page, '1718600000010').screenshot({ path: info.outputPath('loop.png') });
  await node(page, '1718600000008').screenshot({ path: info.outputPath('iteration.png') });
  await node(page, '1718600000015').screenshot({ path: info.outputPath('note.png') });
});

test.describe('real corpus workflows', () => {
  test.skip(!hasCorpus, `the shared corpus is not at ${corpusDir}`);
  const files = [
    'zgldh__dify-gitlab-mr-reviewer__dify-workflow-en.yml',
    'svcvit__Awesome-Dify-Workflow__DSL_Deep_Researcher_On_Dify.yml',
    'CplSafe__dify__api_tests_fixtures_workflow_dual_switch_variable_aggregator_workflow.yml',
  ];
  for (const name of files) {
    test(`every node of ${name} renders as a card`, async ({ page }, info) => {
      const text = readFileSync(join(corpusDir, name), 'utf8');
      const ids = nodeIds(text);
      await page.setViewportSize({ width: 1600, height: 900 });
      await page.goto('/');
      await page.getByTestId('import-input').setInputFiles(join(corpusDir, name));
      await expect(page.locator('.react-flow__node')).toHaveCount(ids.length);
      for (const { id, parentId } of ids) {
        await expect(node(page, id)).toHaveCount(1);
        // A child is drawn inside its container.
        if (parentId) {
          const [c, p] = [await node(page, id).boundingBox(), await node(page, parentId).boundingBox()];
          if (c && p) expect(c.x >= p.x - 1 && c.y >= p.y - 1).toBe(true);
        }
      }
      await page.screenshot({ path: info.outputPath('viewport.png') });
      await page.locator('.react-flow__controls-fitview').click();
      await page.screenshot({ path: info.outputPath('fit.png') });
    });
  }
});

test.describe('cards made of hostile and unusual data', () => {
  const evil = '<img src=x onerror="window.__xss=1">';
  const lexical = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: evil, format: 1 }] }] } });
  const doc = workflow([
    { ...startNode([{ variable: 'q' }]), id: 's1', data: { title: evil, desc: evil, variables: [{ variable: 'q', label: evil, type: 'text-input' }] } },
    { id: 'qc', type: 'question-classifier', data: { model: { provider: evil, name: evil }, classes: [{ id: '1', name: evil }, { id: '2', name: 'Other' }] } },
    { id: 'ie', type: 'if-else', data: { cases: [{ case_id: 'true', logical_operator: 'and', conditions: [{ id: 'c', variable_selector: ['s1', 'q'], comparison_operator: 'is', value: evil }] }] } },
    { id: 'http', type: 'http-request', data: { method: 'post', url: evil, error_strategy: 'fail-branch' } },
    { id: 'ans', type: 'answer', data: { answer: `${evil} {{#s1.q#}}` } },
    { id: 'myst', type: 'mystery-block', data: { title: 'Mystery', secret_key: [1, 2] } },
    { id: 'grp', type: '', flowType: 'custom-group', data: { title: evil } },
    { id: 'note', type: '', flowType: 'custom-note', data: { title: '', text: lexical, theme: 'violet', author: evil, showAuthor: true, width: 240, height: 88 } },
  ], [['s1', 'qc'], ['qc', 'ie', '1'], ['ie', 'http', 'true'], ['http', 'ans', 'fail-branch']], 'advanced-chat');
  for (const [i, n] of doc.workflow.graph.nodes.entries()) n.position = { x: 40 + (i % 4) * 300, y: 40 + Math.floor(i / 4) * 260 };
  for (const n of doc.workflow.graph.nodes) if (n.id === 'note') Object.assign(n, { width: 240, height: 88 });

  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/');
    await page.getByTestId('import-input').setInputFiles({ name: 'hostile.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(doc)) });
    await expect(page.locator('.react-flow__node')).toHaveCount(8);
  });

  test('markup shows as text everywhere and runs nothing', async ({ page }, info) => {
    await expect(node(page, 's1').getByTestId('node-title')).toHaveText(evil);
    await expect(node(page, 'qc').getByTestId('card-class').first()).toContainText(evil);
    await expect(node(page, 'ie').getByTestId('card-condition')).toContainText(evil);
    await expect(node(page, 'ans').getByTestId('card-answer')).toContainText(evil);
    await expect(node(page, 'note').getByTestId('note-text')).toHaveText(evil);
    await expect(node(page, 'note').getByTestId('note-author')).toHaveText(evil);
    await expect(node(page, 'note').getByTestId('note-card')).toHaveAttribute('data-theme', 'violet');
    await node(page, 's1').getByTestId('node-title').click();
    await expect(page.getByTestId('node-panel-title')).toHaveValue(evil);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: info.outputPath('hostile.png') });
  });

  test('fail branch gets its own row and handle; unknown blocks keep their data', async ({ page }) => {
    const fail = node(page, 'http').locator('[data-handle-row="fail-branch"]');
    await expect(fail).toContainText('FAIL BRANCH');
    await expect(fail.locator('.react-flow__handle.source')).toHaveAttribute('data-handleid', 'fail-branch');
    await expect(node(page, 'myst').getByTestId('node-title')).toHaveText('Mystery');
    await expect(node(page, 'grp')).toBeVisible();
    const graph = await exportGraph(page);
    expect(graph.nodes.find((n) => n.id === 'myst')!.data).toEqual({ type: 'mystery-block', title: 'Mystery', desc: '', secret_key: [1, 2] });
    expect(graph.edges.some((e) => e.source === 'http' && e.sourceHandle === 'fail-branch')).toBe(true);
  });
});

test('the code panel switches language and groups typing into one undo step', async ({ page }) => {
  await importFixture(page, 'workflow-logic-blocks.yml', 17);
  const code = node(page, '1718600000003');
  await code.getByTestId('node-title').click();
  const panel = page.getByTestId('node-panel');
  await panel.getByTestId('code-language').selectOption('python3');
  await expect(code.getByTestId('card-code-language')).toContainText('Python 3');
  const before = await panel.getByTestId('code-text').inputValue();
  await panel.getByTestId('code-text').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# checked');
  await page.keyboard.press('Backspace');
  await expect(code).toHaveCount(1);
  const exported = (await exportGraph(page)).nodes.find((n) => n.id === '1718600000003')!.data;
  expect(exported.code_language).toBe('python3');
  expect(exported.code).toBe(`${before}\n# checke`);
  await page.getByTestId('undo').click();
  await expect(panel.getByTestId('code-text')).toHaveValue(before);
  await expect(code.getByTestId('card-code-language')).toContainText('Python 3');
});

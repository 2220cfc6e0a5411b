import { describe, expect, it } from 'vitest';
import { parse, type DslDocument } from '../../dsl';
import { corpusDir, corpusFiles, fixtureFiles, hasCorpus, type DslFile } from '../../test-support/corpus';
import { applyLayout } from './apply-layout';
import { autoLayout } from './auto-layout';
import { backwardEdges, branchTargets, childrenOutsidePadding, isAcyclic, overlapping, rectOf, topLevelBlocks } from './layout-checks';

function docOf(file: DslFile): DslDocument | undefined {
  const parsed = parse(file.text);
  return parsed.ok ? parsed.document : undefined;
}

/** Up to 20 corpus files, those with containers or branches first. */
function corpusSample(): DslFile[] {
  const rich = (f: DslFile) => /type: (iteration|loop|if-else|question-classifier)\b/.test(f.text);
  const parsed = corpusFiles().filter((f) => docOf(f) !== undefined);
  return [...parsed.filter(rich), ...parsed.filter((f) => !rich(f))].slice(0, 20);
}

async function organize(doc: DslDocument): Promise<DslDocument> {
  return applyLayout(doc, await autoLayout(doc));
}

function checkLayout(file: DslFile) {
  it(`${file.name}: no overlap, left to right, branch order, containers, notes, stable`, async () => {
    const doc = docOf(file)!;
    expect(doc, 'fixture parses').toBeDefined();
    const laid = await organize(doc);

    expect(overlapping(topLevelBlocks(laid).map(rectOf))).toEqual([]);
    if (isAcyclic(doc)) expect(backwardEdges(laid)).toEqual([]);
    for (const { node, targets } of branchTargets(laid)) {
      const ys = targets.map((t) => t.centreY);
      expect(ys, `targets of ${node} (${targets.map((t) => t.handle).join(', ')})`).toEqual([...ys].sort((a, b) => a - b));
    }
    expect(childrenOutsidePadding(laid)).toEqual([]);
    const nodes = laid.workflow.graph.nodes;
    for (const container of new Set(nodes.filter((n) => n.parentId).map((n) => n.parentId!))) {
      expect(overlapping(nodes.filter((n) => n.parentId === container && n.type !== 'custom-note').map(rectOf))).toEqual([]);
    }
    doc.workflow.graph.nodes.forEach((node, i) => {
      if (node.type === 'custom-note') expect(nodes[i]).toBe(node);
    });
    expect(laid.workflow.graph.viewport).toMatchObject({ x: 0, y: 0, zoom: 0.7 });

    const again = await organize(laid);
    again.workflow.graph.nodes.forEach((node, i) => {
      const before = nodes[i]!.position ?? { x: 0, y: 0 };
      const after = node.position ?? { x: 0, y: 0 };
      expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y), `${node.id} moved on a second layout`).toBeLessThan(1);
    });
  });
}

describe('autoLayout on our fixtures', () => {
  const files = fixtureFiles();
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  files.forEach(checkLayout);
});

describe.skipIf(!hasCorpus)(`autoLayout on the corpus (${corpusDir})`, () => {
  if (!hasCorpus) console.warn(`[layout tests] ${corpusDir} is missing: corpus layout tests skipped`);
  corpusSample().forEach(checkLayout);
});

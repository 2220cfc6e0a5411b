import { describe, expect, it } from 'vitest';
import { parse, type DslDocument } from '../dsl';
import { specFor } from '../nodes/specs';
import { sourceHandlesOf } from '../nodes/handles';
import { runChecklist } from './checklist';
import { corpusFiles, fixtureFiles, hasCorpus, type DslFile } from '../test-support/corpus';

function load(text: string): DslDocument {
  const r = parse(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.document;
}

const clone = (doc: DslDocument): DslDocument => structuredClone(doc);
const pool = (): DslFile[] => [...fixtureFiles(), ...corpusFiles()];

/** A document and an if-else node all of whose branches have edges. */
function withFullyWiredIfElse(): { doc: DslDocument; nodeId: string } {
  for (const f of pool()) {
    const doc = load(f.text);
    for (const n of doc.workflow.graph.nodes) {
      if (n.data.type !== 'if-else') continue;
      const used = new Set(doc.workflow.graph.edges.filter((e) => e.source === n.id).map((e) => e.sourceHandle ?? 'source'));
      if (sourceHandlesOf(n).every((h) => used.has(h.id))) return { doc, nodeId: n.id };
    }
  }
  throw new Error('no if-else with every branch wired in fixtures or corpus');
}

/** A document, a node another node reads from, and that reader. */
function withReference(): { doc: DslDocument; sourceId: string; readerId: string } {
  for (const f of pool()) {
    const doc = load(f.text);
    const before = new Set(runChecklist(doc).filter((i) => i.rule === 'variable').map((i) => i.nodeId));
    for (const reader of doc.workflow.graph.nodes) {
      if (before.has(reader.id)) continue;
      const sel = specFor(reader.data.type)?.usedSelectors(reader.data).find((s) => doc.workflow.graph.nodes.some((n) => n.id === s[0] && n.data.type !== 'start'));
      if (sel) return { doc, sourceId: sel[0]!, readerId: reader.id };
    }
  }
  throw new Error('no node reading another node');
}

describe('checklist finds seeded faults', () => {
  it('a dangling edge', () => {
    const { doc } = withFullyWiredIfElse();
    const broken = clone(doc);
    const first = broken.workflow.graph.nodes.find((n) => n.data.type === 'start')!;
    broken.workflow.graph.edges.push({ id: 'x', source: first.id, sourceHandle: 'source', target: 'ghost', targetHandle: 'target' });
    const found = runChecklist(broken).filter((i) => i.rule === 'edge' && /does not exist/.test(i.message));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/target ghost/);
    expect(runChecklist(doc).filter((i) => /does not exist/.test(i.message))).toHaveLength(0);
  });

  it('a reference to a deleted node', () => {
    const { doc, sourceId, readerId } = withReference();
    const broken = clone(doc);
    // Delete the node and reconnect around it, as a user would: the rest stays upstream.
    const edges = broken.workflow.graph.edges;
    const ins = edges.filter((e) => e.target === sourceId);
    const outs = edges.filter((e) => e.source === sourceId);
    broken.workflow.graph.nodes = broken.workflow.graph.nodes.filter((n) => n.id !== sourceId);
    broken.workflow.graph.edges = edges.filter((e) => e.source !== sourceId && e.target !== sourceId);
    for (const i of ins) for (const o of outs) broken.workflow.graph.edges.push({ ...i, id: `${i.source}-${o.target}`, target: o.target });
    const found = runChecklist(broken).filter((i) => i.nodeId === readerId && i.rule === 'variable');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(sourceId);
    expect(found[0]!.message).toMatch(/does not exist/);
  });

  it('an if-else case with no edge', () => {
    const { doc, nodeId } = withFullyWiredIfElse();
    const broken = clone(doc);
    const cut = broken.workflow.graph.edges.find((e) => e.source === nodeId && e.sourceHandle !== 'false')!;
    broken.workflow.graph.edges = broken.workflow.graph.edges.filter((e) => e !== cut);
    const found = runChecklist(broken).filter((i) => i.nodeId === nodeId && /has no next step/.test(i.message));
    expect(found).toHaveLength(1);
    expect(runChecklist(doc).filter((i) => i.nodeId === nodeId && /has no next step/.test(i.message))).toHaveLength(0);
  });

  it('an edge from a handle the node does not have', () => {
    const { doc, nodeId } = withFullyWiredIfElse();
    const broken = clone(doc);
    broken.workflow.graph.edges.find((e) => e.source === nodeId)!.sourceHandle = 'no-such-case';
    const found = runChecklist(broken).filter((i) => i.nodeId === nodeId && i.rule === 'edge');
    expect(found.some((i) => /no-such-case/.test(i.message))).toBe(true);
  });

  it('an unconnected step, a missing start and a second start', () => {
    const { doc } = withFullyWiredIfElse();
    const broken = clone(doc);
    const victim = broken.workflow.graph.nodes.find((n) => n.data.type !== 'start' && n.type === 'custom' && !n.parentId)!;
    broken.workflow.graph.edges = broken.workflow.graph.edges.filter((e) => e.target !== victim.id);
    expect(runChecklist(broken).some((i) => i.nodeId === victim.id && i.rule === 'unconnected')).toBe(true);

    const noStart = clone(doc);
    noStart.workflow.graph.nodes = noStart.workflow.graph.nodes.filter((n) => n.data.type !== 'start');
    expect(runChecklist(noStart).some((i) => i.rule === 'graph' && /At least one start/.test(i.message))).toBe(true);

    const twoStarts = clone(doc);
    const start = twoStarts.workflow.graph.nodes.find((n) => n.data.type === 'start')!;
    twoStarts.workflow.graph.nodes.push({ ...structuredClone(start), id: 'start2' });
    expect(runChecklist(twoStarts).some((i) => i.nodeId === 'start2' && /only one/.test(i.message))).toBe(true);
  });

  it('a cycle and an edge across a container border', () => {
    const { doc, nodeId } = withFullyWiredIfElse();
    const broken = clone(doc);
    const next = broken.workflow.graph.edges.find((e) => e.source === nodeId)!.target;
    broken.workflow.graph.edges.push({ id: 'back', source: next, sourceHandle: 'source', target: nodeId, targetHandle: 'target' });
    expect(runChecklist(broken).some((i) => /closes a cycle/.test(i.message))).toBe(true);
  });
});

describe.skipIf(!hasCorpus)('checklist on the real corpus', () => {
  it('runs on every file and names a node and a fix in every finding', () => {
    let errors = 0, warnings = 0, clean = 0;
    const byRule: Record<string, number> = {};
    for (const f of corpusFiles()) {
      const items = runChecklist(load(f.text));
      if (!items.some((i) => i.severity === 'error')) clean++;
      for (const i of items) {
        if (i.severity === 'error') errors++; else warnings++;
        byRule[i.rule] = (byRule[i.rule] ?? 0) + 1;
        expect(i.message.length).toBeGreaterThan(15);
        if (i.rule !== 'graph') expect(i.nodeId).not.toBe('');
      }
    }
    console.info(`[checklist] corpus: ${clean}/142 files with no error; ${errors} errors, ${warnings} warnings; by rule ${JSON.stringify(byRule)}`);
    expect(clean).toBeGreaterThan(70);
  });
});

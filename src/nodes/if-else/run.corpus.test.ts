import { describe, expect, it } from 'vitest';
import { parse, type DslNode } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { corpusDir, corpusFiles, hasCorpus } from '../../test-support/corpus';
import { makeRunContext } from '../../test-support/node-run-context';
import { ifElseRun } from './run';
import { casesOf } from './spec';

if (!hasCorpus) console.warn(`[flowpad tests] ${corpusDir} is missing: the if-else corpus run is skipped`);

/** A plausible value for a condition's variable, from its UI type hint. */
function sample(varType: unknown): unknown {
  switch (varType) {
    case 'number': case 'integer': return 1;
    case 'boolean': return true;
    case 'object': return { a: 1 };
    case 'file': return null;
    default: return typeof varType === 'string' && varType.startsWith('array') ? [] : 'text';
  }
}

describe.skipIf(!hasCorpus)('ifElseRun over every real if-else node', () => {
  it('picks a handle the node has, or fails with a NodeRunError', async () => {
    const nodes: { file: string; node: DslNode }[] = [];
    for (const file of corpusFiles()) {
      const result = parse(file.text);
      if (result.ok) for (const node of result.document.workflow.graph.nodes) if (node.data.type === 'if-else') nodes.push({ file: file.name, node });
    }
    expect(nodes.length).toBeGreaterThan(0);
    let routed = 0;
    for (const { file, node } of nodes) {
      const pool = new VariablePool();
      for (const c of casesOf(node.data)) {
        for (const raw of c.conditions) {
          const cond = raw as { variable_selector?: string[]; varType?: string };
          const sel = cond.variable_selector ?? [];
          if (sel.length >= 2) pool.set(sel[0]!, sel[1]!, sample(cond.varType));
        }
      }
      try {
        const r = await ifElseRun(node.data, makeRunContext({ data: node.data, pool }).ctx);
        const handles = [...casesOf(node.data).map((c) => c.caseId), 'false'];
        expect(handles, file).toContain(r.selectedHandle);
        routed++;
      } catch (e) {
        expect(e, `${file} ${node.id}: ${String(e)}`).toBeInstanceOf(NodeRunError);
      }
    }
    expect(routed).toBeGreaterThan(nodes.length / 2);
  });
});

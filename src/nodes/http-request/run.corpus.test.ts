import { describe, expect, it } from 'vitest';
import { parse, type DslNode } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { corpusDir, corpusFiles, hasCorpus } from '../../test-support/corpus';
import { makeRunContext } from '../../test-support/node-run-context';
import { httpRequestRun } from './run';

function corpusNodes(type: string): { file: string; node: DslNode }[] {
  const out: { file: string; node: DslNode }[] = [];
  for (const file of corpusFiles()) {
    const result = parse(file.text);
    if (!result.ok) continue;
    for (const node of result.document.workflow.graph.nodes) if (node.data.type === type) out.push({ file: file.name, node });
  }
  return out;
}

if (!hasCorpus) console.warn(`[flowpad tests] ${corpusDir} is missing: the http-request corpus run is skipped`);

describe.skipIf(!hasCorpus)('httpRequestRun over every real http-request node', () => {
  it('sends a request or fails with a NodeRunError, never crashes', async () => {
    const nodes = corpusNodes('http-request');
    expect(nodes.length).toBeGreaterThan(0);
    let sent = 0;
    for (const { file, node } of nodes) {
      const fakeFetch: typeof fetch = async () => {
        sent++;
        return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
      };
      const { ctx } = makeRunContext({ data: node.data, pool: new VariablePool(), services: { fetch: fakeFetch } });
      try {
        const r = await httpRequestRun(node.data, ctx);
        expect(r.outputs.status_code, file).toBe(200);
      } catch (e) {
        expect(e, `${file} ${node.id}: ${String(e)}`).toBeInstanceOf(NodeRunError);
      }
    }
    expect(sent).toBeGreaterThan(0);
  });
});

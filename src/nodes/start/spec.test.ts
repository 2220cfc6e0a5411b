import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { startSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const workflow = { appMode: 'workflow' as const };
const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('start schema on the corpus', () => {
  it('accepts every real start node', () => {
    const nodes = corpusNodes('start');
    expect(nodes.length).toBe(142);
    expect(nodes.filter((n) => !startSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('start in the fixtures', () => {
  it.each(['workflow-llm-end.yml', 'chatflow-all-blocks.yml'])('%s parses with no warning', (name) => {
    const result = parse(readFileSync(join(fixturesDir, name), 'utf8'));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reports an input whose type is not text, with its full path', () => {
    const { index, result } = breakFixture('chatflow-all-blocks.yml', 'start', (d) => { recordOf(listOf(d.variables)[1]).type = 5; });
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.errors.find((e) => e.path === `workflow.graph.nodes[${index}].data.variables[1].type`) : undefined;
    expect(error?.message).toMatch(/expected text, got the number 5/);
  });

  it('reports an input without a variable name', () => {
    const { index, result } = breakFixture('workflow-llm-end.yml', 'start', (d) => { delete recordOf(listOf(d.variables)[0]).variable; });
    const error = !result.ok ? result.errors.find((e) => e.path === `workflow.graph.nodes[${index}].data.variables[0].variable`) : undefined;
    expect(error?.message).toMatch(/is required \(expected text\)/);
  });
});

describe('start spec', () => {
  const data: DslNodeData = {
    type: 'start',
    variables: [
      { variable: 'q', label: 'Q', type: 'text-input', required: true },
      { variable: 'n', type: 'number' },
      { variable: 'ok', type: 'checkbox' },
      { variable: 'doc', type: 'file' },
      { variable: 'docs', type: 'file-list' },
      { variable: 'cfg', type: 'json_object', json_schema: '{"type":"object","properties":{"depth":{"type":"number"}}}' },
      { variable: '', type: 'text-input' },
    ],
  };

  it('outputs each input typed by its input type, then the system variables the mode offers', () => {
    const outputs = startSpec.outputs(data, chat);
    expect(outputs.map((o) => `${o.variable}:${o.type}`)).toEqual([
      'q:string', 'n:number', 'ok:boolean', 'doc:file', 'docs:array[file]', 'cfg:object', 'sys.query:string', 'sys.files:array[file]',
    ]);
    expect(outputs[3]!.children?.map((c) => `${c.variable}:${c.type}`)).toEqual([
      'name:string', 'size:number', 'type:string', 'extension:string', 'mime_type:string', 'url:string', 'related_id:string',
    ]);
    expect(outputs[5]!.children).toEqual([{ variable: 'depth', type: 'number' }]);
    expect(startSpec.outputs(data, workflow).map((o) => o.variable)).not.toContain('sys.query');
  });

  it('survives malformed data', () => {
    expect(startSpec.outputs({ type: 'start', variables: 'oops' }, workflow)).toEqual([{ variable: 'sys.files', type: 'array[file]' }]);
  });

  it('is a singleton root with a source handle only and no checklist rule', () => {
    expect(startSpec.sourceHandles(data)).toEqual([{ id: 'source' }]);
    expect(startSpec.hasTargetHandle).toBe(false);
    expect([startSpec.singleton, startSpec.isStart]).toEqual([true, true]);
    expect(startSpec.check(data, workflow)).toBeUndefined();
    expect(startSpec.schema.safeParse({ type: 'start', title: 'User Input', ...startSpec.defaults(workflow) }).success).toBe(true);
  });
});

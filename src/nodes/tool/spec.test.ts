import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { toolSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('tool schema on the corpus', () => {
  it('accepts every real tool node (v2 {type, value} inputs and legacy scalars)', () => {
    const nodes = corpusNodes('tool');
    expect(nodes.length).toBeGreaterThan(100);
    expect(nodes.filter((n) => !toolSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('tool in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports tool parameters that are a list, with the full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'tool', (d) => { d.tool_parameters = ['query']; });
    expect(errors.find((e) => e.path === `${prefix}.tool_parameters`)?.message).toMatch(/tool node "Wikipedia Search" \(id \d+\): expected a mapping, got a list/);
  });

  it('reports a tool name that is not text', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'tool', (d) => { d.tool_name = false; });
    expect(errors.find((e) => e.path === `${prefix}.tool_name`)?.message).toMatch(/expected text, got the boolean false/);
  });
});

describe('tool spec', () => {
  const tool = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'tool', provider_id: 'langgenius/tavily/tavily', provider_type: 'builtin', tool_name: 'tavily_search',
    tool_parameters: { query: { type: 'mixed', value: 'News about {{#1.topic#}}' } }, tool_configurations: { depth: { type: 'constant', value: 'basic' } },
    paramSchemas: [
      { name: 'query', form: 'llm', required: true, label: { en_US: 'Query' } },
      { name: 'depth', form: 'form', required: true, label: { en_US: 'Search depth' } },
      { name: 'max', form: 'form', required: false },
    ],
    ...extra,
  });

  it('outputs text, files and json, then the output schema properties', () => {
    const data = tool({ output_schema: { type: 'object', properties: { url: { type: 'string' }, images: { type: 'array', items: { type: 'object' } } } } });
    expect(toolSpec.outputs(data, chat).map((o) => `${o.variable}:${o.type}`)).toEqual([
      'text:string', 'files:array[file]', 'json:array[object]', 'url:string', 'images:array[object]',
    ]);
    expect(toolSpec.outputs(tool({ output_schema: null }), chat)).toHaveLength(3);
  });

  it('checks the tool choice and required inputs and settings', () => {
    expect(toolSpec.check(tool({}), chat)).toBeUndefined();
    expect(toolSpec.check(tool({ tool_name: '' }), chat)).toBe('Tool is required: choose a provider and a tool');
    expect(toolSpec.check(tool({ tool_parameters: { query: { type: 'mixed', value: '' } } }), chat)).toBe('Input Query is required');
    expect(toolSpec.check(tool({ tool_parameters: { query: { type: 'variable', value: [] } } }), chat)).toBe('Input Query is required');
    expect(toolSpec.check(tool({ tool_configurations: { depth: null } }), chat)).toBe('Setting Search depth is required');
    expect(toolSpec.check(tool({ tool_configurations: { depth: 'advanced' } }), chat)).toBeUndefined();
  });

  it('reads mixed templates, variable selectors and legacy scalar inputs', () => {
    const data = tool({ tool_parameters: {
      query: { type: 'mixed', value: '{{#1.topic#}} {{#sys.query#}}' }, file: { type: 'variable', value: ['2', 'doc'] },
      n: { type: 'constant', value: 5 }, legacy: '{{#3.body#}}', empty: { type: 'variable', value: [] },
    } });
    expect(toolSpec.usedSelectors(data)).toEqual([['1', 'topic'], ['sys', 'query'], ['2', 'doc'], ['3', 'body']]);
  });

  it('offers error strategy and retry, needs a server, and starts as a v2 tool', () => {
    expect([toolSpec.errorStrategy, toolSpec.retry, toolSpec.runsLocally]).toEqual([true, true, false]);
    expect(toolSpec.defaults(chat).tool_node_version).toBe('2');
    expect(toolSpec.schema.safeParse({ type: 'tool', title: 'Tool', ...toolSpec.defaults(chat) }).success).toBe(true);
  });
});

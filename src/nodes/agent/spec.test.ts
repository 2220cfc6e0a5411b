import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { recordOf } from '../node-spec';
import { agentSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('agent schema on the corpus', () => {
  it('accepts every real agent node', () => {
    const nodes = corpusNodes('agent');
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.filter((n) => !agentSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('agent in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports a parameter that is not a {type, value} mapping, with the full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'agent', (d) => { recordOf(d.agent_parameters).query = 'plain text'; });
    expect(errors.find((e) => e.path === `${prefix}.agent_parameters.query`)?.message).toMatch(/expected a mapping, got the text "plain text"/);
  });
});

describe('agent spec', () => {
  const agent = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'agent', agent_strategy_provider_name: 'langgenius/agent/agent', agent_strategy_name: 'function_calling',
    agent_parameters: { query: { type: 'constant', value: '{{#sys.query#}}' }, model: { type: 'constant', value: { provider: 'p' } } }, ...extra,
  });

  it('outputs the output schema properties, then text, files, json and usage', () => {
    const data = agent({ output_schema: { properties: { verdict: { type: 'boolean' } } } });
    expect(agentSpec.outputs(data, chat).map((o) => `${o.variable}:${o.type}`)).toEqual([
      'verdict:boolean', 'text:string', 'files:array[file]', 'json:array[object]', 'usage:object',
    ]);
  });

  it('needs a strategy and a selector for variable parameters', () => {
    expect(agentSpec.check(agent({}), chat)).toBeUndefined();
    expect(agentSpec.check(agent({ agent_strategy_name: '' }), chat)).toBe('Agent strategy is required');
    expect(agentSpec.check(agent({ agent_parameters: { files: { type: 'variable', value: [] } } }), chat)).toBe('Parameter files has no variable selected');
    const fresh = { type: 'agent', title: 'Agent', ...agentSpec.defaults(chat) };
    expect(agentSpec.schema.safeParse(fresh).success).toBe(true);
    expect(agentSpec.check(fresh, chat)).toBe('Agent strategy is required');
  });

  it('reads references in text parameters and variable selectors', () => {
    const data = agent({ agent_parameters: {
      instruction: { type: 'constant', value: 'Use {{#5.text#}}' }, files: { type: 'variable', value: ['1', 'docs'] },
      tools: { type: 'constant', value: [{ tool_name: 'x' }] }, n: { type: 'constant', value: 3 },
    } });
    expect(agentSpec.usedSelectors(data)).toEqual([['5', 'text'], ['1', 'docs']]);
  });

  it('offers error strategy but not retry, and needs a server', () => {
    expect([agentSpec.errorStrategy, agentSpec.retry, agentSpec.runsLocally]).toEqual([true, false, false]);
    expect(agentSpec.sourceHandles(agent({}))).toEqual([{ id: 'source' }]);
  });
});

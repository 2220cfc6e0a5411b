import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { recordOf } from '../node-spec';
import { llmSpec } from './spec';
import { jsonSchemaVars } from '../json-schema-vars';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

const llm = (extra: Record<string, unknown>): DslNodeData => ({
  type: 'llm', model: { provider: 'langgenius/openai/openai', name: 'gpt-4o', mode: 'chat' },
  prompt_template: [{ role: 'system', text: 'Be brief.' }], ...extra,
});

describe.skipIf(!hasCorpus)('llm schema on the corpus', () => {
  it('accepts every real llm node', () => {
    const nodes = corpusNodes('llm');
    expect(nodes.length).toBeGreaterThan(200);
    const failed = nodes.filter((n) => !llmSpec.schema.safeParse(n.data).success).map((n) => n.file);
    expect(failed).toEqual([]);
  });
});

describe('llm fixtures', () => {
  it.each(['workflow-llm-end.yml', 'chatflow-all-blocks.yml'])('%s parses and re-exports byte for byte', (name) => {
    const text = readFileSync(join(fixturesDir, name), 'utf8');
    const result = parse(text);
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) expect(serialize(result.document, { format: result.format })).toBe(text);
  });

  it('reports a provider of the wrong type with its full path', () => {
    const { index, result } = breakFixture('workflow-llm-end.yml', 'llm', (d) => { recordOf(d.model).provider = 7; });
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.errors.find((e) => e.path === `workflow.graph.nodes[${index}].data.model.provider`) : undefined;
    expect(error?.message).toMatch(/llm node "LLM" \(id \d+\): expected text, got the number 7/);
  });

  it('reports a prompt that is neither a list nor a message', () => {
    const { index, result } = breakFixture('workflow-llm-end.yml', 'llm', (d) => { d.prompt_template = 'hello'; });
    expect(!result.ok && result.errors.map((e) => e.path)).toContain(`workflow.graph.nodes[${index}].data.prompt_template`);
  });

  it('accepts retry numbers written as text, as real files do', () => {
    expect(llmSpec.schema.safeParse(llm({ retry_config: { retry_enabled: true, max_retries: 3, retry_interval: '2444' } })).success).toBe(true);
    expect(llmSpec.schema.safeParse(llm({ retry_config: { retry_interval: [] } })).success).toBe(false);
  });
});

describe('llm spec', () => {
  it('gives a new node the UI defaults, which the schema accepts and the checklist flags', () => {
    const data = { type: 'llm', title: 'LLM', desc: '', ...llmSpec.defaults(chat) };
    expect(llmSpec.schema.safeParse(data).success).toBe(true);
    expect(llmSpec.check(data, chat)).toBe('Model provider is required');
  });

  it('outputs text, reasoning_content and usage, plus a structured output tree when enabled', () => {
    expect(llmSpec.outputs(llm({}), chat).map((o) => `${o.variable}:${o.type}`)).toEqual(['text:string', 'reasoning_content:string', 'usage:object']);
    const schema = {
      type: 'object',
      properties: {
        user: { type: 'object', properties: { name: { type: 'string', description: 'Full name' }, age: { type: 'integer' } } },
        tags: { type: 'array', items: { type: 'string' } },
        scores: { type: ['number', 'null'] },
      },
    };
    const outputs = llmSpec.outputs(llm({ structured_output_enabled: true, structured_output: { schema } }), chat);
    expect(outputs[3]).toEqual({
      variable: 'structured_output', type: 'object', children: [
        { variable: 'user', type: 'object', children: [{ variable: 'name', type: 'string', description: 'Full name' }, { variable: 'age', type: 'integer' }] },
        { variable: 'tags', type: 'array[string]' },
        { variable: 'scores', type: 'number' },
      ],
    });
    expect(llmSpec.outputs(llm({ structured_output_enabled: false, structured_output: { schema } }), chat)).toHaveLength(3);
  });

  it('maps JSON-schema arrays of objects, untyped items and files', () => {
    expect(jsonSchemaVars({ properties: { a: { type: 'array', items: { type: 'object' } }, b: { type: 'array' }, c: {} } }))
      .toEqual([{ variable: 'a', type: 'array[object]' }, { variable: 'b', type: 'array' }, { variable: 'c', type: 'any' }]);
    const [file] = jsonSchemaVars({ properties: { doc: { type: 'file' } } });
    expect(file?.children?.find((c) => c.variable === 'size')).toEqual({ variable: 'size', type: 'number' });
  });

  it('checks provider, prompt, memory query, jinja2 variables and vision in that order', () => {
    expect(llmSpec.check(llm({ prompt_template: [{ role: 'system', text: '' }] }), chat)).toBe('Prompt is required');
    expect(llmSpec.check(llm({ prompt_template: [], memory: { window: { enabled: false } } }), chat)).toBeUndefined();
    expect(llmSpec.check(llm({ memory: { query_prompt_template: 'hi' } }), chat)).toBe('The memory query prompt must contain {{#sys.query#}}');
    expect(llmSpec.check(llm({ prompt_template: [{ role: 'user', edition_type: 'jinja2', text: '', jinja2_text: '{{ x }}' }], prompt_config: { jinja2_variables: [{ variable: '', value_selector: ['a', 'b'] }] } }), chat))
      .toBe('Jinja2 variable 1 has no name');
    expect(llmSpec.check(llm({ vision: { enabled: true } }), chat)).toBe('Vision is enabled but no vision variable is selected');
    expect(llmSpec.check(llm({ vision: { enabled: true, configs: { variable_selector: ['sys', 'files'] } } }), chat)).toBeUndefined();
  });

  it('accepts a completion prompt (one message) and reads its references', () => {
    const data = llm({ model: { provider: 'p', mode: 'completion' }, prompt_template: { text: 'Sum up {{#1.text#}}' } });
    expect(llmSpec.check(data, chat)).toBeUndefined();
    expect(llmSpec.usedSelectors(data)).toEqual([['1', 'text']]);
  });

  it('reads prompt references, the chat memory query and the context selector', () => {
    const data = llm({
      prompt_template: [{ role: 'system', text: 'Use {{#context#}} and {{#17.text#}}' }, { role: 'user', text: '{{#17.sys.query#}}' }],
      memory: { query_prompt_template: '{{#sys.query#}} {{#env.KEY#}}' },
      context: { enabled: true, variable_selector: ['42', 'result'] },
    });
    expect(llmSpec.usedSelectors(data)).toEqual([['17', 'text'], ['sys', 'query'], ['sys', 'query'], ['env', 'KEY'], ['42', 'result']]);
  });

  it('has one source handle and offers error strategy and retry', () => {
    expect(llmSpec.sourceHandles(llm({}))).toEqual([{ id: 'source' }]);
    expect([llmSpec.hasTargetHandle, llmSpec.errorStrategy, llmSpec.retry, llmSpec.runsLocally]).toEqual([true, true, true, true]);
  });
});

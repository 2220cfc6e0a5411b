import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { OpenAiClient } from '../../engine/llm/openai-client';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { useOpenAiTestServer } from '../../test-support/use-openai-test-server';
import { llmRun } from './run';

const server = useOpenAiTestServer();

function llmNode(overrides: Record<string, unknown> = {}): DslNodeData {
  return {
    type: 'llm',
    title: 'LLM',
    model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: { temperature: 0.3 } },
    prompt_template: [{ role: 'system', text: 'You are helpful.' }, { role: 'user', text: 'Hi {{#start.name#}}' }],
    context: { enabled: false, variable_selector: [] },
    vision: { enabled: false },
    ...overrides,
  };
}

function run(data: DslNodeData, pool = new VariablePool()) {
  const llm = new OpenAiClient({ default: { baseUrl: server.baseUrl, apiKey: 'sk-test' } });
  const test = makeRunContext({ nodeId: 'llm1', data, pool, services: { llm } });
  return { test, pending: llmRun(data, test.ctx) };
}

function sentMessages(): unknown {
  return server.requests[server.requests.length - 1]!.body!.messages;
}

async function runError(promise: Promise<unknown>): Promise<NodeRunError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(NodeRunError);
  return error as NodeRunError;
}

const image = (url: string): FileValue => ({
  dify_model_identity: FILE_MARKER, type: 'image', transfer_method: 'remote_url', remote_url: url, url,
  filename: 'cat.png', extension: '.png', mime_type: 'image/png', size: 10,
});

describe('llmRun', () => {
  it('renders the prompt, streams chunks in order to [nodeId, text], and returns text and usage', async () => {
    const pool = new VariablePool();
    pool.set('start', 'name', 'Ada');
    const reply = 'Hello Ada, nice to meet you! 👋 How can I help today?';
    server.enqueue({ content: reply, deltaSize: 5, usage: { prompt_tokens: 11, completion_tokens: 13 } });
    const { test, pending } = run(llmNode(), pool);
    const result = await pending;
    expect(sentMessages()).toEqual([{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: 'Hi Ada' }]);
    expect(server.requests[0]!.body!.temperature).toBe(0.3);
    expect(server.requests[0]!.body!.stream).toBe(true);
    expect(test.chunks.length).toBeGreaterThan(5);
    expect(test.chunks.map((c) => c.text).join('')).toBe(reply);
    expect(test.chunks.every((c) => c.selector.join('.') === 'llm1.text')).toBe(true);
    expect(result.outputs).toEqual({
      text: reply,
      reasoning_content: '',
      usage: { prompt_tokens: 11, completion_tokens: 13, total_tokens: 24 },
      finish_reason: 'stop',
    });
    expect(result.processData!.prompts).toEqual([
      { role: 'system', text: 'You are helpful.', files: [] },
      { role: 'user', text: 'Hi Ada', files: [] },
    ]);
  });

  it('injects retrieval results as {{#context#}}', async () => {
    const pool = new VariablePool();
    pool.set('kr', 'result', [{ content: 'Paris is the capital of France.', metadata: {} }, { content: 'It has 2M people.', summary: 'Population' }]);
    server.enqueue({ content: 'ok' });
    const data = llmNode({
      context: { enabled: true, variable_selector: ['kr', 'result'] },
      prompt_template: [{ role: 'system', text: 'Use this context:\n{{#context#}}' }, { role: 'user', text: 'Tell me.' }],
    });
    const result = await run(data, pool).pending;
    expect(sentMessages()).toEqual([
      { role: 'system', content: 'Use this context:\nParis is the capital of France.\nPopulation\nIt has 2M people.' },
      { role: 'user', content: 'Tell me.' },
    ]);
    expect(result.inputs!['#context#']).toBe('Paris is the capital of France.\nPopulation\nIt has 2M people.');
  });

  it('uses a string context as is, and rejects list items without content', async () => {
    const pool = new VariablePool();
    pool.set('code', 'doc', 'Plain context');
    server.enqueue({ content: 'ok' });
    await run(llmNode({ context: { enabled: true, variable_selector: ['code', 'doc'] }, prompt_template: [{ role: 'user', text: '[{{#context#}}]' }] }), pool).pending;
    expect(sentMessages()).toEqual([{ role: 'user', content: '[Plain context]' }]);
    pool.set('code', 'doc', [{ title: 'no content' }]);
    const error = await runError(run(llmNode({ context: { enabled: true, variable_selector: ['code', 'doc'] } }), pool).pending);
    expect(error.errorType).toBe('InvalidContextStructureError');
  });

  it('renders jinja2 prompts with the bound jinja2 variables', async () => {
    const pool = new VariablePool();
    pool.set('start', 'items', ['apples', 'pears']);
    pool.set('start', 'name', 'Ada');
    server.enqueue({ content: 'ok' });
    const data = llmNode({
      prompt_template: [
        { role: 'system', edition_type: 'jinja2', text: 'ignored', jinja2_text: 'List for {{ who }}:{% for i in items %}\n- {{ i | upper }}{% endfor %}{{ nothing }}' },
        { role: 'user', text: 'Go' },
      ],
      prompt_config: { jinja2_variables: [{ variable: 'items', value_selector: ['start', 'items'] }, { variable: 'who', value_selector: ['start', 'name'] }] },
    });
    const result = await run(data, pool).pending;
    expect(sentMessages()).toEqual([{ role: 'system', content: 'List for Ada:\n- APPLES\n- PEARS' }, { role: 'user', content: 'Go' }]);
    expect(result.inputs).toEqual({ items: ['apples', 'pears'], who: 'Ada' });
  });

  it('sends a json_schema response_format and parses structured_output', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city'], additionalProperties: false };
    server.enqueue({ content: '{"city": "Oslo", "temp": -3.5}' });
    const result = await run(llmNode({ structured_output_enabled: true, structured_output: { schema } })).pending;
    expect(server.requests[0]!.body!.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'output', schema } });
    expect(result.outputs.structured_output).toEqual({ city: 'Oslo', temp: -3.5 });
    expect(result.outputs.text).toBe('{"city": "Oslo", "temp": -3.5}');
  });

  it('fails when structured output is not JSON', async () => {
    server.enqueue({ content: 'Sorry, I cannot do that.' });
    const error = await runError(run(llmNode({ structured_output_enabled: true, structured_output: { schema: { type: 'object' } } })).pending);
    expect(error.errorType).toBe('StructuredOutputError');
    expect(error.message).toContain('Sorry, I cannot do that.');
  });

  it('moves <think> blocks to reasoning_content when separated, also out of the stream', async () => {
    server.enqueue({ content: '<think>\nThe user greets me.\n</think>\n\nHello!', deltaSize: 2 });
    const { test, pending } = run(llmNode({ reasoning_format: 'separated' }));
    const result = await pending;
    expect(result.outputs.text).toBe('Hello!');
    expect(result.outputs.reasoning_content).toBe('The user greets me.');
    expect(test.chunks.map((c) => c.text).join('')).toBe('Hello!');
  });

  it('keeps <think> tags in the text when tagged, and reports server reasoning_content', async () => {
    server.enqueue({ content: '<think>hmm</think>Hi', reasoning: 'server-side thoughts' });
    const result = await run(llmNode({ reasoning_format: 'tagged' })).pending;
    expect(result.outputs.text).toBe('<think>hmm</think>Hi');
    expect(result.outputs.reasoning_content).toBe('server-side thoughts');
  });

  it('appends the memory query turn, and sends vision images in the last user message', async () => {
    const pool = new VariablePool();
    pool.set('sys', 'query', 'What is in the picture?');
    pool.set('sys', 'files', [image('https://example.com/cat.png')]);
    server.enqueue({ content: 'A cat.' });
    const data = llmNode({
      prompt_template: [{ role: 'system', text: 'Describe images.' }],
      memory: { window: { enabled: false, size: 10 }, query_prompt_template: '{{#sys.query#}}' },
      vision: { enabled: true, configs: { variable_selector: ['sys', 'files'], detail: 'low' } },
    });
    const result = await run(data, pool).pending;
    expect(sentMessages()).toEqual([
      { role: 'system', content: 'Describe images.' },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'low' } }, { type: 'text', text: 'What is in the picture?' }] },
    ]);
    expect(result.processData!.prompts).toEqual([
      { role: 'system', text: 'Describe images.', files: [] },
      { role: 'user', text: 'What is in the picture?', files: ['https://example.com/cat.png'] },
    ]);
  });

  it('sends an image referenced by the query template and by vision only once', async () => {
    const pool = new VariablePool();
    pool.set('sys', 'query', 'Look');
    pool.set('sys', 'files', [image('https://example.com/a.png'), image('https://example.com/b.png')]);
    server.enqueue({ content: 'ok' });
    const data = llmNode({
      prompt_template: [{ role: 'system', text: 'Sys' }],
      memory: { window: { enabled: false, size: 10 }, query_prompt_template: '{{#sys.query#}}\n\n{{#sys.files#}}' },
      vision: { enabled: true, configs: { variable_selector: ['sys', 'files'], detail: 'high' } },
    });
    await run(data, pool).pending;
    const messages = sentMessages() as { role: string; content: unknown }[];
    expect(messages[1]).toEqual({
      role: 'user',
      content: [
        // `{{#sys.files#}}` prints as nothing; the files travel as images.
        { type: 'text', text: 'Look\n\n' },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'high' } },
        { type: 'image_url', image_url: { url: 'https://example.com/b.png', detail: 'high' } },
      ],
    });
  });

  it('turns a blob: image (a file that only exists in this page) into a data URL', async () => {
    const blobUrl = URL.createObjectURL(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }));
    const pool = new VariablePool();
    pool.set('start', 'photo', { ...image(blobUrl), transfer_method: 'local_file', remote_url: null });
    server.enqueue({ content: 'ok' });
    const data = llmNode({
      prompt_template: [{ role: 'user', text: 'What is this?' }],
      vision: { enabled: true, configs: { variable_selector: ['start', 'photo'], detail: 'high' } },
    });
    await run(data, pool).pending;
    URL.revokeObjectURL(blobUrl);
    const messages = sentMessages() as { role: string; content: unknown }[];
    expect(messages[0]!.content).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==', detail: 'high' } },
      { type: 'text', text: 'What is this?' },
    ]);
  });

  it('sends a completion-mode prompt as one user message', async () => {
    const pool = new VariablePool();
    pool.set('start', 'topic', 'tides');
    server.enqueue({ content: 'Tides are...' });
    await run(llmNode({ model: { provider: 'openai', name: 'm', mode: 'completion' }, prompt_template: { text: 'Write about {{#start.topic#}}.' } }), pool).pending;
    expect(sentMessages()).toEqual([{ role: 'user', content: 'Write about tides.' }]);
  });

  it('fails with the HTTP status and advice, keeping the prompts for the run log', async () => {
    server.enqueue({ kind: 'error', status: 401, message: 'Invalid API key' });
    const error = await runError(run(llmNode()).pending);
    expect(error.errorType).toBe('InvokeAuthorizationError');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('Invalid API key');
    expect(error.message).toContain('check the API key');
    expect(error.partial?.processData?.prompts).toHaveLength(2);
  });

  it('fails without a prompt', async () => {
    const error = await runError(run(llmNode({ prompt_template: [{ role: 'system', text: '' }] })).pending);
    expect(error.errorType).toBe('NoPromptFoundError');
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a config error when no endpoint is configured', async () => {
    const data = llmNode();
    const test = makeRunContext({ data, services: { llm: new OpenAiClient({}) } });
    const error = await runError(llmRun(data, test.ctx));
    expect(error.errorType).toBe('ModelNotConfiguredError');
    expect(error.message).toContain('No LLM endpoint configured for provider langgenius/openai/openai');
  });
});

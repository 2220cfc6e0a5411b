import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { OpenAiClient } from '../../engine/llm/openai-client';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { useOpenAiTestServer } from '../../test-support/use-openai-test-server';
import { type ScriptedReply } from '../../test-support/openai-test-server';
import { EXTRACT_FUNCTION, parameterExtractorRun } from './run';

const server = useOpenAiTestServer();

const parameters = [
  { name: 'city', type: 'string', description: 'Destination city', required: true },
  { name: 'nights', type: 'number', description: 'Number of nights', required: false },
  { name: 'breakfast', type: 'bool', description: 'Breakfast wanted', required: false },
  { name: 'room', type: 'select', options: ['single', 'double'], description: 'Room type', required: false },
  { name: 'guests', type: 'array[string]', description: 'Guest names', required: false },
];

function extractorNode(overrides: Record<string, unknown> = {}): DslNodeData {
  return {
    type: 'parameter-extractor',
    title: 'Extractor',
    query: ['start', 'request'],
    model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: {} },
    parameters,
    instruction: 'Dates are in {{#start.tz#}}.',
    reasoning_mode: 'prompt',
    vision: { enabled: false },
    ...overrides,
  };
}

async function extract(reply: ScriptedReply, data = extractorNode()) {
  const pool = new VariablePool();
  pool.set('start', 'request', 'Book a double room in Rome for 3 nights with breakfast for Ann and Bob');
  pool.set('start', 'tz', 'CET');
  server.enqueue(reply);
  const { ctx } = makeRunContext({ nodeId: 'pe', data, pool, services: { llm: new OpenAiClient({ default: { baseUrl: server.baseUrl } }) } });
  return parameterExtractorRun(data, ctx);
}

const USAGE = { prompt_tokens: 30, completion_tokens: 20 };

describe('parameterExtractorRun, prompt mode', () => {
  it('asks for JSON with the schema and returns each parameter, coerced to its type', async () => {
    const result = await extract({
      content: 'Here you go: {"city": "Rome", "nights": "3", "breakfast": true, "room": "double", "guests": ["Ann", "Bob"]}',
      usage: USAGE,
    });
    expect(result.outputs).toEqual({
      city: 'Rome', nights: 3, breakfast: true, room: 'double', guests: ['Ann', 'Bob'],
      // "3" is not a number: Dify's check fails, its coercion still converts it.
      __is_success: 0,
      __reason: 'Invalid value for parameter nights: expected number, got string "3"',
      __usage: { prompt_tokens: 30, completion_tokens: 20, total_tokens: 50 },
    });
    const body = server.requests[0]!.body!;
    expect(body.tools).toBeUndefined();
    const messages = body.messages as { role: string; content: string }[];
    expect(messages[0]!.role).toBe('system');
    expect(messages[0]!.content).toContain('Dates are in CET.');
    const last = messages[messages.length - 1]!;
    expect(last.role).toBe('user');
    expect(last.content).toContain('Book a double room in Rome');
    expect(last.content).toContain('"enum":["single","double"]');
    expect(last.content).toContain('"required":["city"]');
  });

  it('succeeds with __is_success 1 when every value checks out', async () => {
    const result = await extract({ content: '{"city": "Rome", "nights": 3, "breakfast": false, "room": "single", "guests": []}' });
    expect(result.outputs).toMatchObject({ city: 'Rome', nights: 3, breakfast: false, room: 'single', guests: [], __is_success: 1, __reason: null });
  });

  it('succeeds with __is_success 0, a reason and default values when the reply has no JSON', async () => {
    const result = await extract({ content: 'I could not find anything useful.' });
    expect(result.outputs).toMatchObject({
      city: '', nights: 0, breakfast: false, room: '', guests: [],
      __is_success: 0,
      __reason: 'Failed to extract result from function call or text response, using empty result.',
    });
  });

  it('reports a missing required parameter, an invalid select value, and bad array items', async () => {
    const missing = await extract({ content: '{"nights": 2, "breakfast": false, "room": "single", "guests": [], "extra": 1}' });
    expect(missing.outputs.__reason).toBe('Parameter city is required');
    expect(missing.outputs.city).toBe('');
    const select = await extract({ content: '{"city": "Rome", "nights": 2, "breakfast": 1, "room": "suite", "guests": ["Ann", 7]}' });
    expect(select.outputs.__is_success).toBe(0);
    expect(select.outputs.__reason).toContain('breakfast');
    expect(select.outputs.breakfast).toBe(true);
    expect(select.outputs.guests).toEqual(['Ann']);
  });

  it('fails the node when the model call fails', async () => {
    const error = await extract({ kind: 'error', status: 500, message: 'boom' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(NodeRunError);
    expect((error as NodeRunError).errorType).toBe('InvokeServerUnavailableError');
    expect((error as NodeRunError).message).toContain('boom');
  });
});

describe('parameterExtractorRun, function_call mode', () => {
  it('declares the extraction function with the parameters schema and reads its arguments', async () => {
    const args = { city: 'Rome', nights: 3, breakfast: true, room: 'double', guests: ['Ann', 'Bob'] };
    const result = await extract({ toolCalls: [{ name: EXTRACT_FUNCTION, arguments: args }], usage: USAGE }, extractorNode({ reasoning_mode: 'function_call' }));
    expect(result.outputs).toMatchObject({ ...args, __is_success: 1, __reason: null });
    const body = server.requests[0]!.body!;
    const tools = body.tools as { function: { name: string; parameters: { properties: Record<string, unknown> } } }[];
    expect(tools).toHaveLength(1);
    expect(tools[0]!.function.name).toBe(EXTRACT_FUNCTION);
    expect(tools[0]!.function.parameters.properties.guests).toEqual({ type: 'array', items: { type: 'string' }, description: 'Guest names' });
    expect(tools[0]!.function.parameters.properties.breakfast).toEqual({ type: 'boolean', description: 'Breakfast wanted' });
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: EXTRACT_FUNCTION } });
    expect(result.processData!.tool_call).toMatchObject({ name: EXTRACT_FUNCTION });
  });

  it('is the mode used when reasoning_mode is empty, and falls back to JSON in the text without a tool call', async () => {
    const result = await extract(
      { content: '{"city": "Oslo", "nights": 1, "breakfast": false, "room": "single", "guests": ["Eve"]}' },
      extractorNode({ reasoning_mode: '' }),
    );
    expect(server.requests[0]!.body!.tools).toBeDefined();
    expect(result.outputs).toMatchObject({ city: 'Oslo', __is_success: 1 });
  });
});

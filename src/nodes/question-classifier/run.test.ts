import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { OpenAiClient } from '../../engine/llm/openai-client';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { useOpenAiTestServer } from '../../test-support/use-openai-test-server';
import { chosenClass, questionClassifierRun } from './run';

const server = useOpenAiTestServer();

const classes = [
  { id: '1', name: 'Billing' },
  { id: '2', name: 'Technical support' },
  { id: 'c3', name: 'Other for {{#start.product#}}' },
];

function classifierNode(overrides: Record<string, unknown> = {}): DslNodeData {
  return {
    type: 'question-classifier',
    title: 'Classifier',
    query_variable_selector: ['sys', 'query'],
    model: { provider: 'langgenius/openai/openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: { temperature: 0 } },
    classes,
    instruction: 'Questions about {{#start.product#}} invoices are Billing.',
    vision: { enabled: false },
    ...overrides,
  };
}

async function classify(reply: string, data = classifierNode()) {
  const pool = new VariablePool();
  pool.set('sys', 'query', 'My router keeps dropping the connection');
  pool.set('start', 'product', 'FiberBox');
  server.enqueue({ content: reply, usage: { prompt_tokens: 50, completion_tokens: 9 } });
  const { ctx } = makeRunContext({ nodeId: 'qc', data, pool, services: { llm: new OpenAiClient({ default: { baseUrl: server.baseUrl } }) } });
  return questionClassifierRun(data, ctx);
}

describe('questionClassifierRun', () => {
  it('asks for JSON over the classes and follows the chosen class id', async () => {
    const result = await classify('{"category_id": "2", "category_name": "Technical support"}');
    expect(result.selectedHandle).toBe('2');
    expect(result.outputs).toEqual({ class_name: 'Technical support', class_id: '2', usage: { prompt_tokens: 50, completion_tokens: 9, total_tokens: 59 } });
    const body = server.requests[0]!.body!;
    expect(body.stream).toBe(false);
    expect(body.temperature).toBe(0);
    const messages = body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[0]!.content).toContain('category_id');
    const user = messages[1]!.content;
    expect(user).toContain('My router keeps dropping the connection');
    expect(user).toContain('"category_id":"c3","category_name":"Other for FiberBox"');
    expect(user).toContain('Questions about FiberBox invoices are Billing.');
    expect(result.inputs).toEqual({ query: 'My router keeps dropping the connection' });
  });

  it('finds the JSON inside prose or a code fence, and matches by name when the id is wrong', async () => {
    const fenced = await classify('Sure!\n```json\n{"category_id": "c3", "category_name": "Other"}\n```');
    expect(fenced.selectedHandle).toBe('c3');
    const byName = await classify('I think {"category_id": "99", "category_name": "billing"} fits.');
    expect(byName.selectedHandle).toBe('1');
    expect(byName.outputs.class_name).toBe('Billing');
  });

  it('falls back to the first class when the answer matches nothing', async () => {
    const result = await classify('{"category_id": "42", "category_name": "Weather"}');
    expect(result.selectedHandle).toBe('1');
    expect(result.outputs.class_name).toBe('Billing');
    expect(result.processData!.matched).toBe(false);
    const prose = await classify('It is about networking.');
    expect(prose.selectedHandle).toBe('1');
  });

  it('fails the node when the model call fails', async () => {
    const pool = new VariablePool();
    server.enqueue({ kind: 'error', status: 429, message: 'Slow down' });
    const data = classifierNode();
    const { ctx } = makeRunContext({ data, pool, services: { llm: new OpenAiClient({ default: { baseUrl: server.baseUrl } }) } });
    const error = await questionClassifierRun(data, ctx).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(NodeRunError);
    expect((error as NodeRunError).errorType).toBe('InvokeRateLimitError');
    expect((error as NodeRunError).message).toContain('Slow down');
  });

  it('chosenClass prefers the id over the name', () => {
    const options = [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }];
    expect(chosenClass('{"category_id": "b", "category_name": "Alpha"}', options).option.id).toBe('b');
  });
});

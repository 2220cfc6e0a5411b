/**
 * The parameter extractor (dify-dsl.md 2.15): have the model fill the declared parameters from
 * the query, through a function call (`function_call`, the default) or a JSON answer (`prompt`).
 * A failed model call fails the node; an answer that cannot be used still succeeds, with
 * `__is_success: 0`, a `__reason` and default values (Dify's rule).
 */
import {
  coerceParameters, defaultValue, extractorParameters, parameterJsonSchema, parameterProblem, type ExtractorParameter,
} from '../../engine/llm/extracted-parameters';
import { parseJsonObject } from '../../engine/llm/json-reply';
import { filesIn, imageParts, invokeModel, nodeModel, promptsForLog, usageOutput, visionSettings, withImages } from '../../engine/llm/node-model';
import type { ChatMessage, ChatResult, ChatTool } from '../../engine/llm-client';
import type { NodeExecutor } from '../../engine/node-executor';
import { segmentText } from '../../engine/segment-text';
import { selectorOf, textOf } from '../node-spec';

export const EXTRACT_FUNCTION = 'extract_parameters';

const FUNCTION_CALL_SYSTEM = [
  `You extract structured parameters from text. Read the user's text and call the function ${EXTRACT_FUNCTION} with the parameters you find in it.`,
  'Use the parameter names and types the function declares. Do not invent values the text does not support.',
].join('\n');

const PROMPT_SYSTEM = [
  'You extract structured parameters from text and answer with JSON only.',
  'Return one JSON object that follows the given JSON schema: the parameter names as keys, values of the declared types.',
  'Do not invent values the text does not support. Output the JSON object alone, without explanation or code fences.',
].join('\n');

const EXAMPLE_SCHEMA = {
  type: 'object',
  properties: { location: { type: 'string', description: 'The city asked about' }, days: { type: 'number', description: 'How many days ahead' } },
  required: ['location'],
};

function withInstruction(system: string, instruction: string): string {
  return instruction.trim() === '' ? system : `${system}\n\nInstructions from the workflow author:\n${instruction}`;
}

function promptUser(schema: Record<string, unknown>, text: string): string {
  return `JSON schema:\n${JSON.stringify(schema)}\n\nText:\n${text}`;
}

function promptModeMessages(completion: boolean, system: string, schema: Record<string, unknown>, query: string): ChatMessage[] {
  if (completion) return [{ role: 'user', content: `${system}\n\n${promptUser(schema, query)}\n\nJSON:` }];
  return [
    { role: 'system', content: system },
    { role: 'user', content: promptUser(EXAMPLE_SCHEMA, 'What will the weather be like in Lisbon in three days?') },
    { role: 'assistant', content: '{"location": "Lisbon", "days": 3}' },
    { role: 'user', content: promptUser(schema, query) },
  ];
}

/** The JSON object the model produced: the function call's arguments, else the reply text. */
function answerOf(result: ChatResult): Record<string, unknown> | undefined {
  const call = result.toolCalls?.find((c) => c.name === EXTRACT_FUNCTION) ?? result.toolCalls?.[0];
  if (call) {
    const fromCall = parseJsonObject(call.arguments);
    if (fromCall) return fromCall;
  }
  return parseJsonObject(result.text);
}

function defaults(parameters: ExtractorParameter[]): Record<string, unknown> {
  return Object.fromEntries(parameters.map((p) => [p.name, defaultValue(p.type)]));
}

export const parameterExtractorRun: NodeExecutor = async (data, ctx) => {
  const model = nodeModel(data, ctx.pool);
  const query = segmentText(ctx.pool.get(selectorOf(data.query)));
  const instruction = ctx.pool.render(textOf(data.instruction)).text;
  const parameters = extractorParameters(data.parameters);
  const schema = parameterJsonSchema(parameters);
  // Completion models cannot call functions; they get the JSON prompt.
  const functionCall = data.reasoning_mode !== 'prompt' && model.mode === 'chat';

  const tool: ChatTool = { type: 'function', function: { name: EXTRACT_FUNCTION, description: 'Extract parameters from the natural language text', parameters: schema } };
  const base: ChatMessage[] = functionCall
    ? [{ role: 'system', content: withInstruction(FUNCTION_CALL_SYSTEM, instruction) }, { role: 'user', content: query }]
    : promptModeMessages(model.mode === 'completion', withInstruction(PROMPT_SYSTEM, instruction), schema, query);
  const vision = visionSettings(data);
  const files = vision.enabled ? filesIn(ctx.pool.get(vision.selector)) : [];
  const messages = withImages(base, vision.enabled ? await imageParts(files, vision.detail, ctx) : []);

  const inputs = { query, parameters: data.parameters ?? [], instruction };
  const processData: Record<string, unknown> = {
    model_mode: model.mode,
    reasoning_mode: functionCall ? 'function_call' : 'prompt',
    prompts: promptsForLog(messages),
    function: functionCall ? tool : {},
    model_provider: model.provider,
    model_name: model.name,
  };
  const result = await invokeModel(ctx, model, messages, {
    stream: false,
    ...(functionCall ? { tools: [tool], toolChoice: { type: 'function', function: { name: EXTRACT_FUNCTION } } } : {}),
    partial: { inputs, processData },
  });

  const answer = answerOf(result);
  const reason = answer
    ? parameterProblem(parameters, answer)
    : 'Failed to extract result from function call or text response, using empty result.';
  const values = answer ? coerceParameters(parameters, answer) : defaults(parameters);
  const usage = usageOutput(result.usage);
  Object.assign(processData, { usage, tool_call: result.toolCalls?.[0] ?? null, reply: result.text, finish_reason: result.finishReason ?? null });
  return {
    inputs,
    outputs: { ...values, __is_success: reason ? 0 : 1, __reason: reason ?? null, __usage: usage },
    processData,
    metadata: { total_tokens: usage.total_tokens, model: result.model },
  };
};

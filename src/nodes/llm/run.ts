/**
 * The LLM node (dify-dsl.md 2.4): render the prompt, attach images, call the model with
 * streaming (each delta goes out as a chunk of `[nodeId, 'text']`), then split reasoning and
 * parse structured output.
 */
import type { FileValue } from '../../engine/file-value';
import { contextText, jinja2Variables, llmPromptTurns, type PromptTurn } from '../../engine/llm/llm-prompt';
import { parseJsonObject } from '../../engine/llm/json-reply';
import {
  filesIn, imageParts, invokeModel, nodeModel, promptsForLog, usageOutput, visionSettings, withImages, type VisionSettings,
} from '../../engine/llm/node-model';
import { splitThinkTags, ThinkTagFilter } from '../../engine/llm/think-tags';
import type { ChatContentPart, ChatMessage } from '../../engine/llm-client';
import { NodeRunError, type NodeExecutor, type NodeRunContext } from '../../engine/node-executor';
import { recordOf } from '../node-spec';

async function toMessages(turns: PromptTurn[], visionFiles: FileValue[], vision: VisionSettings, ctx: NodeRunContext): Promise<ChatMessage[]> {
  const messages: ChatMessage[] = [];
  for (const turn of turns) {
    // Images need a vision model; Flowpad takes "vision enabled" as the sign that it is one.
    const images = vision.enabled ? await imageParts(turn.files, vision.detail, ctx) : [];
    if (images.length === 0) {
      if (turn.text !== '') messages.push({ role: turn.role, content: turn.text });
      continue;
    }
    const parts: ChatContentPart[] = turn.text !== '' ? [{ type: 'text', text: turn.text }, ...images] : images;
    messages.push({ role: turn.role, content: parts });
  }
  return withImages(messages, vision.enabled ? await imageParts(visionFiles, vision.detail, ctx) : []);
}

function structuredSchema(data: Record<string, unknown>): Record<string, unknown> | undefined {
  if (data.structured_output_enabled !== true) return undefined;
  const schema = recordOf(recordOf(data.structured_output).schema);
  return Object.keys(schema).length > 0 ? schema : { type: 'object', properties: {} };
}

export const llmRun: NodeExecutor = async (data, ctx) => {
  const model = nodeModel(data, ctx.pool);
  const context = contextText(data, ctx.pool);
  const vars = jinja2Variables(data, ctx.pool);
  const vision = visionSettings(data);
  const visionFiles = vision.enabled ? filesIn(ctx.pool.get(vision.selector)) : [];
  const turns = llmPromptTurns(data, ctx.pool, context, vars);
  const messages = await toMessages(turns, visionFiles, vision, ctx);

  const inputs: Record<string, unknown> = { ...vars };
  if (context !== undefined) inputs['#context#'] = context;
  if (visionFiles.length > 0) inputs['#files#'] = visionFiles;
  const processData: Record<string, unknown> = {
    model_mode: model.mode,
    prompts: promptsForLog(messages),
    model_provider: model.provider,
    model_name: model.name,
  };
  if (messages.length === 0) {
    throw new NodeRunError(
      'No prompt found in the LLM configuration. Please ensure a prompt is properly configured before proceeding.',
      'NoPromptFoundError',
      { inputs, processData },
    );
  }

  const schema = structuredSchema(data);
  const params: Record<string, unknown> = {};
  if (schema) params.response_format = { type: 'json_schema', json_schema: { name: 'output', schema } };
  const separated = data.reasoning_format === 'separated';
  const filter = separated ? new ThinkTagFilter() : undefined;
  const emit = (text: string): void => {
    if (text !== '') ctx.emitChunk(text, [ctx.nodeId, 'text']);
  };

  const result = await invokeModel(ctx, model, messages, {
    stream: true,
    params,
    onChunk: (delta) => emit(filter ? filter.push(delta) : delta),
    partial: { inputs, processData },
  });
  if (filter) emit(filter.end());

  let text = result.text;
  const reasoning: string[] = result.reasoning ? [result.reasoning.trim()] : [];
  if (separated) {
    const split = splitThinkTags(text);
    text = split.text;
    if (split.reasoning) reasoning.push(split.reasoning);
  }
  const usage = usageOutput(result.usage);
  const outputs: Record<string, unknown> = {
    text,
    reasoning_content: reasoning.join('\n'),
    usage,
    finish_reason: result.finishReason ?? null,
  };
  Object.assign(processData, { usage, finish_reason: result.finishReason ?? null });

  if (schema) {
    const parsed = parseJsonObject(text);
    if (!parsed) {
      throw new NodeRunError(`Failed to parse structured output: the model's reply is not a JSON object: ${text.slice(0, 300)}`, 'StructuredOutputError', { inputs, processData });
    }
    outputs.structured_output = parsed;
  }

  return { inputs, outputs, processData, metadata: { total_tokens: usage.total_tokens, model: result.model } };
};

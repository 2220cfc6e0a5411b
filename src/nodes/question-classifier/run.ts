/**
 * The question classifier (dify-dsl.md 2.6): ask the model which class fits the query, as
 * JSON `{"category_id", "category_name"}`. An answer that matches no class selects the first
 * class, as Dify does. The chosen class id is the source handle taken.
 */
import { parseJsonObject } from '../../engine/llm/json-reply';
import { filesIn, imageParts, invokeModel, nodeModel, promptsForLog, usageOutput, visionSettings, withImages } from '../../engine/llm/node-model';
import type { ChatMessage } from '../../engine/llm-client';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import { segmentText } from '../../engine/segment-text';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

interface ClassOption {
  id: string;
  name: string;
}

const SYSTEM_PROMPT = [
  'You are a text classification engine. Read the input text and pick the single category from the list that fits it best.',
  'Reply with one JSON object and nothing else, shaped like {"category_id": "<id from the list>", "category_name": "<name of that category>"}.',
  'Use only ids that appear in the list. Follow the classification instructions when there are any.',
].join('\n');

function userPrompt(query: string, classes: ClassOption[], instruction: string): string {
  const categories = JSON.stringify(classes.map((c) => ({ category_id: c.id, category_name: c.name })));
  const lines = [`Categories: ${categories}`];
  if (instruction.trim() !== '') lines.push(`Classification instructions: ${instruction}`);
  lines.push(`Input text: ${query}`);
  return lines.join('\n');
}

function normalized(text: unknown): string {
  return typeof text === 'string' || typeof text === 'number' ? String(text).trim().toLowerCase() : '';
}

/** The class the reply names: by id, then by name; the first class otherwise. */
export function chosenClass(reply: string, classes: ClassOption[]): { option: ClassOption; matched: boolean } {
  const answer = parseJsonObject(reply);
  if (answer) {
    const id = normalized(answer.category_id);
    const byId = classes.find((c) => c.id.toLowerCase() === id);
    if (byId) return { option: byId, matched: true };
    const name = normalized(answer.category_name);
    const byName = classes.find((c) => c.name.trim().toLowerCase() === name);
    if (byName) return { option: byName, matched: true };
  }
  return { option: classes[0]!, matched: false };
}

export const questionClassifierRun: NodeExecutor = async (data, ctx) => {
  const model = nodeModel(data, ctx.pool);
  const query = segmentText(ctx.pool.get(selectorOf(data.query_variable_selector)));
  const classes: ClassOption[] = listOf(data.classes)
    .map(recordOf)
    .filter((c) => textOf(c.id) !== '')
    .map((c) => ({ id: textOf(c.id), name: ctx.pool.render(textOf(c.name)).text }));
  if (classes.length === 0) throw new NodeRunError('The question classifier has no classes', 'InvalidClassesError');
  const instruction = ctx.pool.render(textOf(data.instruction)).text;

  const vision = visionSettings(data);
  const files = vision.enabled ? filesIn(ctx.pool.get(vision.selector)) : [];
  const user = userPrompt(query, classes, instruction);
  const base: ChatMessage[] = model.mode === 'completion'
    ? [{ role: 'user', content: `${SYSTEM_PROMPT}\n\n${user}` }]
    : [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: user }];
  const messages = withImages(base, vision.enabled ? await imageParts(files, vision.detail, ctx) : []);

  const inputs = { query };
  const processData: Record<string, unknown> = {
    model_mode: model.mode,
    prompts: promptsForLog(messages),
    model_provider: model.provider,
    model_name: model.name,
  };
  const result = await invokeModel(ctx, model, messages, { stream: false, partial: { inputs, processData } });
  const { option, matched } = chosenClass(result.text, classes);
  const usage = usageOutput(result.usage);
  Object.assign(processData, { usage, finish_reason: result.finishReason ?? null, reply: result.text, matched });
  return {
    inputs,
    outputs: { class_name: option.name, class_id: option.id, usage },
    processData,
    selectedHandle: option.id,
    metadata: { total_tokens: usage.total_tokens, model: result.model },
  };
};

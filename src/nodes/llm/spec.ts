import { llmData } from '../../dsl/node-data/llm';
import { templateSelectors } from '../../dsl/template-refs';
import type { DslNodeData, ValueSelector } from '../../dsl';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec, type OutputVar } from '../node-spec';
import { visionProblem } from '../vision';
import { jsonSchemaVars } from '../json-schema-vars';

/** The messages of a chat prompt (a list), or the one message of a completion prompt. */
export function promptMessages(template: unknown): Record<string, unknown>[] {
  return Array.isArray(template) ? listOf(template).map(recordOf) : template == null ? [] : [recordOf(template)];
}

function messageText(message: Record<string, unknown>): string {
  return message.edition_type === 'jinja2' ? textOf(message.jinja2_text) : textOf(message.text);
}

export const llmSpec: NodeSpec = {
  type: 'llm',
  title: 'LLM',
  classification: 'default',
  sort: 1,
  flowType: 'custom',
  schema: llmData,
  defaults: () => ({
    model: { provider: '', name: '', mode: 'chat', completion_params: { temperature: 0.7 } },
    prompt_template: [{ role: 'system', text: '' }],
    context: { enabled: false, variable_selector: [] },
    vision: { enabled: false },
  }),
  outputs(data) {
    const out: OutputVar[] = [
      { variable: 'text', type: 'string' },
      { variable: 'reasoning_content', type: 'string' },
      { variable: 'usage', type: 'object' },
    ];
    const children = jsonSchemaVars(recordOf(data.structured_output).schema);
    if (data.structured_output_enabled === true && children.length > 0) out.push({ variable: 'structured_output', type: 'object', children });
    return out;
  },
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    const model = recordOf(data.model);
    if (!textOf(model.provider)) return 'Model provider is required';
    const messages = promptMessages(data.prompt_template);
    const memory = data.memory == null ? undefined : recordOf(data.memory);
    if (!memory && !messages.some((m) => messageText(m) !== '')) return 'Prompt is required';
    const query = textOf(memory?.query_prompt_template);
    if (memory && model.mode !== 'completion' && query && !query.includes('{{#sys.query#}}')) {
      return 'The memory query prompt must contain {{#sys.query#}}';
    }
    if (messages.some((m) => m.edition_type === 'jinja2')) {
      const bindings = listOf(recordOf(data.prompt_config).jinja2_variables).map(recordOf);
      const index = bindings.findIndex((b) => !textOf(b.variable));
      if (index >= 0) return `Jinja2 variable ${index + 1} has no name`;
      const unbound = bindings.find((b) => selectorOf(b.value_selector).length === 0);
      if (unbound) return `Jinja2 variable ${textOf(unbound.variable)} has no value selected`;
    }
    return visionProblem(data.vision);
  },
  usedSelectors(data: DslNodeData): ValueSelector[] {
    const out = promptMessages(data.prompt_template).flatMap((m) => templateSelectors(m.text));
    if (data.memory != null && recordOf(data.model).mode !== 'completion') out.push(...templateSelectors(recordOf(data.memory).query_prompt_template));
    const context = recordOf(data.context);
    out.push(selectorOf(context.variable_selector));
    for (const binding of listOf(recordOf(data.prompt_config).jinja2_variables)) out.push(selectorOf(recordOf(binding).value_selector));
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: true,
  retry: true,
  runsLocally: true,
};

/**
 * The user's LLM endpoint, kept in this browser's localStorage (a trust boundary: read back
 * through a schema). Never exported with the workflow.
 */
import { z } from 'zod';
import type { LlmSettings } from '../../engine/llm-client';

const KEY = 'flowpad.llm-endpoint';

export const endpointSchema = z.object({
  baseUrl: z.string().max(2000),
  apiKey: z.string().max(4000).optional(),
  model: z.string().max(200).optional(),
});
export type EndpointForm = z.infer<typeof endpointSchema>;

export function loadEndpoint(storage: Pick<Storage, 'getItem'> = localStorage): EndpointForm {
  try {
    const parsed = endpointSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : { baseUrl: '' };
  } catch {
    return { baseUrl: '' };
  }
}

export function saveEndpoint(form: EndpointForm, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(endpointSchema.parse(form)));
}

/** Settings for the engine: one default endpoint, or none (LLM nodes then say what to configure). */
export function toLlmSettings(form: EndpointForm): LlmSettings {
  if (!form.baseUrl.trim()) return {};
  return { default: { baseUrl: form.baseUrl.trim(), ...(form.apiKey ? { apiKey: form.apiKey } : {}), ...(form.model?.trim() ? { model: form.model.trim() } : {}) } };
}

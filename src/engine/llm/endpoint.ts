/**
 * Where a node's model calls go: Dify's provider id (`langgenius/openai/openai`) maps to an
 * OpenAI-compatible endpoint through LlmSettings, by full id, then by its last segment, then
 * the default endpoint.
 */
import { LlmError, type LlmEndpoint, type LlmSettings } from '../llm-client';

function lastSegment(provider: string): string {
  const parts = provider.split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? provider;
}

function usable(endpoint: LlmEndpoint | undefined): endpoint is LlmEndpoint {
  return endpoint !== undefined && typeof endpoint.baseUrl === 'string' && endpoint.baseUrl.trim() !== '';
}

/** The endpoint for a Dify provider id. Throws LlmError kind 'config' when none is set. */
export function resolveEndpoint(settings: LlmSettings, provider: string): LlmEndpoint {
  const providers = settings.providers ?? {};
  const short = lastSegment(provider);
  const candidates = [
    Object.hasOwn(providers, provider) ? providers[provider] : undefined,
    Object.hasOwn(providers, short) ? providers[short] : undefined,
    // A settings key given as a full id (`langgenius/openai/openai`) also serves `openai`.
    ...Object.entries(providers).filter(([key]) => lastSegment(key) === short).map(([, endpoint]) => endpoint),
    settings.default,
  ];
  const found = candidates.find(usable);
  if (!found) {
    throw new LlmError(
      `No LLM endpoint configured for provider ${provider || '(none)'}: set FLOWPAD_LLM_BASE_URL or configure it in settings`,
      'config',
    );
  }
  return found;
}

/** The CLI's settings: FLOWPAD_LLM_BASE_URL, FLOWPAD_LLM_API_KEY and FLOWPAD_LLM_MODEL. */
export function llmSettingsFromEnv(env: Record<string, string | undefined>): LlmSettings {
  const baseUrl = env.FLOWPAD_LLM_BASE_URL?.trim();
  if (!baseUrl) return {};
  const endpoint: LlmEndpoint = { baseUrl };
  const apiKey = env.FLOWPAD_LLM_API_KEY?.trim();
  if (apiKey) endpoint.apiKey = apiKey;
  const model = env.FLOWPAD_LLM_MODEL?.trim();
  if (model) endpoint.model = model;
  return { default: endpoint };
}

/** `{baseUrl}/chat/completions`; a base URL that already ends with it is kept. */
export function chatCompletionsUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}

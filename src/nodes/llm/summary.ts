/** The model a card shows for llm, question-classifier and parameter-extractor (2.4): provider and name. */
import type { DslNodeData } from '../../dsl';
import { recordOf, textOf } from '../node-spec';

export interface ModelSummary {
  /** The provider's short name: `langgenius/openai/openai` reads `openai`. */
  provider: string;
  name: string;
}

export function modelSummary(data: DslNodeData): ModelSummary | undefined {
  const model = recordOf(data.model);
  const name = textOf(model.name);
  const provider = textOf(model.provider).split('/').filter(Boolean).at(-1) ?? '';
  if (name === '' && provider === '') return undefined;
  return { provider, name };
}

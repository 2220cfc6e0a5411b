/** The vision setting shared by llm, question-classifier and parameter-extractor. */
import { recordOf, selectorOf } from './node-spec';

/** The shared "vision is on but has no variable" rule of llm, classifier and extractor. */
export function visionProblem(vision: unknown): string | undefined {
  const v = recordOf(vision);
  if (v.enabled === true && selectorOf(recordOf(v.configs).variable_selector).length === 0) return 'Vision is enabled but no vision variable is selected';
  return undefined;
}

/** What a code card shows (2.8): the language and the declared outputs. */
import type { DslNodeData } from '../../dsl';
import { recordOf, textOf } from '../node-spec';

const LANGUAGES: Record<string, string> = { python3: 'Python 3', javascript: 'JavaScript', json: 'JSON' };

export function languageLabel(data: DslNodeData): string {
  const language = textOf(data.code_language);
  return Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language]! : language || 'No language';
}

export function outputNames(data: DslNodeData): string[] {
  return Object.keys(recordOf(data.outputs));
}

/** Inputs and outputs shared by plugin-backed blocks: tool, agent, trigger-plugin. */
import { templateSelectors } from '../dsl/template-refs';
import type { ValueSelector } from '../dsl';
import { recordOf, selectorOf, type OutputVar } from './node-spec';

/** Every tool's fixed outputs (Dify's TOOL_OUTPUT_STRUCT). */
export const TOOL_OUTPUTS: OutputVar[] = [
  { variable: 'text', type: 'string' },
  { variable: 'files', type: 'array[file]' },
  { variable: 'json', type: 'array[object]' },
];

/** The selectors a `{type, value}` input reads: a `variable` selector, or the refs in text. */
export function inputSelectors(input: unknown): ValueSelector[] {
  if (typeof input === 'string') return templateSelectors(input);
  const { type, value } = recordOf(input);
  if (type === 'variable') return [selectorOf(value)];
  if (typeof value === 'string') return templateSelectors(value);
  return [];
}

/** A value counts as set unless missing, null, '' or []. `{type, value}` inputs are judged by value. */
export function isFilled(input: unknown): boolean {
  const value = input !== null && typeof input === 'object' && !Array.isArray(input) && 'value' in input ? (input as { value: unknown }).value : input;
  return !(value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

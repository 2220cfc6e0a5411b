/**
 * Comparison-operator facts shared by if-else cases, loop break conditions and list-operator
 * filters (dify-dsl.md 2.7, 2.16, 5.8). Pure: the checklist, the panels and the engine read them.
 */
import { listOf, recordOf, selectorOf, textOf } from './node-spec';

/** The operator literals Dify's engine accepts, spelled exactly (Unicode ≠ ≥ ≤). */
export const COMPARISON_OPERATORS = [
  'contains', 'not contains', 'start with', 'end with', 'is', 'is not', 'empty', 'not empty',
  'in', 'not in', 'all of', '=', '≠', '>', '<', '≥', '≤', 'null', 'not null', 'exists', 'not exists',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/**
 * Operators that compare against nothing. `is null` / `is not null` are the frontend's spellings
 * (never offered, rejected by the engine); they take no value either.
 */
export const NO_VALUE_OPERATORS: readonly string[] = [
  'empty', 'not empty', 'exists', 'not exists', 'null', 'not null', 'is null', 'is not null',
];

const STRING_OPERATORS = ['contains', 'not contains', 'start with', 'end with', 'is', 'is not', 'empty', 'not empty'];
const NUMBER_OPERATORS = ['=', '≠', '>', '<', '≥', '≤', 'empty', 'not empty'];

/** What the UI offers for a variable of this type (2.7). */
export function operatorsFor(varType: string): string[] {
  switch (varType) {
    case 'string': case 'secret': return STRING_OPERATORS;
    case 'number': case 'integer': case 'float': return NUMBER_OPERATORS;
    case 'boolean': return ['is', 'is not'];
    case 'file': return ['exists', 'not exists'];
    case 'array[string]': case 'array[number]': case 'array[boolean]': return ['contains', 'not contains', 'empty', 'not empty'];
    case 'array': case 'array[object]': return ['empty', 'not empty'];
    case 'array[file]': return ['contains', 'not contains', 'all of', 'empty', 'not empty'];
    default: return ['is', 'is not', 'empty', 'not empty'];
  }
}

/** What the UI offers for a file attribute (`key`) in sub-conditions and list filters (2.7). */
export function operatorsForFileKey(key: string): string[] {
  switch (key) {
    case 'type': case 'transfer_method': return ['in', 'not in'];
    case 'size': return ['>', '≥', '<', '≤'];
    case 'extension': return ['is', 'is not', 'contains', 'not contains'];
    default: return STRING_OPERATORS; // name, mime_type, url, related_id
  }
}

export function isKnownOperator(operator: string): operator is ComparisonOperator {
  return (COMPARISON_OPERATORS as readonly string[]).includes(operator);
}

export function operatorTakesValue(operator: string): boolean {
  return !NO_VALUE_OPERATORS.includes(operator);
}

/** Whether a condition's expected value is filled in. For booleans only "defined" counts (false is a value). */
export function hasConditionValue(value: unknown, varType?: string): boolean {
  if (value === undefined || value === null) return false;
  if (varType === 'boolean') return true;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== false;
}

export interface ConditionCheckOptions {
  /**
   * List-operator filters test each item, so they have no variable of their own; their `key`
   * names the file attribute and is required when the list holds files.
   */
  itemFilter?: { keyRequired: boolean; itemType?: string };
}

function operatorProblem(operator: string): string | undefined {
  if (!operator) return 'The comparison operator is not set';
  if (!isKnownOperator(operator) && !NO_VALUE_OPERATORS.includes(operator)) {
    return `The comparison operator '${operator}' is not one Dify knows`;
  }
  return undefined;
}

/** The first problem of one condition, as a sentence, or undefined when it is complete. */
export function conditionProblem(condition: unknown, options: ConditionCheckOptions = {}): string | undefined {
  const c = recordOf(condition);
  const operator = textOf(c.comparison_operator);
  const filter = options.itemFilter;
  if (filter) {
    if (filter.keyRequired && !textOf(c.key)) return 'The file attribute to filter by is not set';
  } else if (selectorOf(c.variable_selector).length === 0) {
    return 'The variable is not set';
  }
  const opProblem = operatorProblem(operator);
  if (opProblem) return opProblem;
  if (!operatorTakesValue(operator)) return undefined;

  const sub = recordOf(c.sub_variable_condition);
  if (!filter && Array.isArray(sub.conditions) && operator !== 'empty' && operator !== 'not empty') {
    for (const [i, subCondition] of listOf(sub.conditions).entries()) {
      const s = recordOf(subCondition);
      const subOperator = textOf(s.comparison_operator);
      const problem = operatorProblem(subOperator)
        ?? (operatorTakesValue(subOperator) && !hasConditionValue(s.value) ? 'A value is required' : undefined);
      if (problem) return `File condition ${i + 1}: ${lowerFirst(problem)}`;
    }
    return undefined;
  }
  const varType = filter ? filter.itemType : textOf(c.varType);
  if (!hasConditionValue(c.value, varType)) return `A value is required for '${operator}'`;
  return undefined;
}

/** The first problem among `conditions`, prefixed with where it is ("CASE 2, condition 1: ..."). */
export function firstConditionProblem(conditions: unknown, where: string, options?: ConditionCheckOptions): string | undefined {
  for (const [i, condition] of listOf(conditions).entries()) {
    const problem = conditionProblem(condition, options);
    if (problem) return `${where}, condition ${i + 1}: ${lowerFirst(problem)}`;
  }
  return undefined;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

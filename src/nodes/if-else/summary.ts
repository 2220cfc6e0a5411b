/** What an IF/ELSE card shows (2.7): one row per case with its conditions in short, then ELSE. */
import type { DslNodeData } from '../../dsl';
import { operatorTakesValue } from '../conditions';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';
import { casesOf } from './spec';

export interface ConditionSummary {
  selector: string[];
  operator: string;
  /** The compared value as text; absent for operators that take none. */
  value?: string;
  /** False while the condition lacks a variable or an operator ("not set up"). */
  complete: boolean;
}

export interface CaseRow {
  caseId: string;
  /** IF for the first case, ELIF after it. */
  keyword: 'IF' | 'ELIF';
  /** `CASE n` when there are several cases. */
  caseLabel?: string;
  logical: 'and' | 'or';
  conditions: ConditionSummary[];
}

export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return '';
}

export function conditionSummary(condition: unknown): ConditionSummary {
  const item = recordOf(condition);
  const selector = selectorOf(item.variable_selector);
  const operator = textOf(item.comparison_operator);
  const sub = recordOf(item.sub_variable_condition);
  const subCount = listOf(sub.conditions).length;
  const summary: ConditionSummary = { selector, operator, complete: selector.length >= 2 && operator !== '' };
  if (operatorTakesValue(operator)) summary.value = subCount > 0 ? `${subCount} sub-condition${subCount > 1 ? 's' : ''}` : valueText(item.value);
  return summary;
}

export function caseRows(data: DslNodeData): CaseRow[] {
  const cases = casesOf(data);
  const raw = listOf(data.cases).map(recordOf);
  const legacyOperator = data.logical_operator === 'or' ? 'or' : 'and';
  return cases.map((c, i) => {
    const operator = raw.length > 0 ? raw[i]?.logical_operator : legacyOperator;
    return {
      caseId: c.caseId,
      keyword: i === 0 ? 'IF' : 'ELIF',
      ...(cases.length > 1 ? { caseLabel: `CASE ${i + 1}` } : {}),
      logical: operator === 'or' ? 'or' : 'and',
      conditions: c.conditions.map(conditionSummary),
    };
  });
}

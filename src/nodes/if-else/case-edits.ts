/**
 * Edits of an IF/ELSE node's cases as the panel makes them (dify-dsl.md 2.7): each returns the
 * new `cases` list for `editNodeData`, never mutating. Legacy top-level conditions become the
 * first case the moment the user edits cases, as Dify's editor does when it loads them.
 */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf } from '../node-spec';
import { FIRST_CASE_ID } from './spec';

export type CaseRecord = Record<string, unknown>;

/** The cases to edit: `cases`, or the legacy top-level conditions as case 'true'. */
export function editableCases(data: DslNodeData): CaseRecord[] {
  const cases = listOf(data.cases);
  if (cases.length > 0 || !Array.isArray(data.conditions)) return cases.map(recordOf);
  return [{ case_id: FIRST_CASE_ID, logical_operator: data.logical_operator === 'or' ? 'or' : 'and', conditions: data.conditions }];
}

export const caseIdOf = (c: CaseRecord): string => String(c.case_id ?? c.id ?? '');

/** A new ELIF case, shaped as Dify writes one. */
export function addCase(data: DslNodeData, caseId: string): CaseRecord[] {
  return [...editableCases(data), { case_id: caseId, logical_operator: 'and', conditions: [] }];
}

export function removeCase(data: DslNodeData, caseId: string): CaseRecord[] {
  return editableCases(data).filter((c) => caseIdOf(c) !== caseId);
}

function mapCase(data: DslNodeData, caseId: string, edit: (c: CaseRecord) => CaseRecord): CaseRecord[] {
  return editableCases(data).map((c) => (caseIdOf(c) === caseId ? edit(c) : c));
}

export function setCaseOperator(data: DslNodeData, caseId: string, operator: 'and' | 'or'): CaseRecord[] {
  return mapCase(data, caseId, (c) => ({ ...c, logical_operator: operator }));
}

export interface NewCondition {
  id: string;
  variableSelector: string[];
  varType: string;
  operator: string;
  value: string;
}

/** A condition as Dify stores it; numbers compare against a constant unless told otherwise. */
export function conditionRecord(c: NewCondition): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: c.id,
    varType: c.varType,
    variable_selector: c.variableSelector,
    comparison_operator: c.operator,
    value: c.value,
  };
  if (c.varType === 'number' || c.varType === 'integer') record.numberVarType = 'constant';
  return record;
}

export function addCondition(data: DslNodeData, caseId: string, condition: NewCondition): CaseRecord[] {
  return mapCase(data, caseId, (c) => ({ ...c, conditions: [...listOf(c.conditions), conditionRecord(condition)] }));
}

export function removeCondition(data: DslNodeData, caseId: string, index: number): CaseRecord[] {
  return mapCase(data, caseId, (c) => ({ ...c, conditions: listOf(c.conditions).filter((_, i) => i !== index) }));
}

export function updateCondition(data: DslNodeData, caseId: string, index: number, patch: Record<string, unknown>): CaseRecord[] {
  return mapCase(data, caseId, (c) => ({
    ...c,
    conditions: listOf(c.conditions).map((cond, i) => (i === index ? { ...recordOf(cond), ...patch } : cond)),
  }));
}

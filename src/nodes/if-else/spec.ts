/** IF/ELSE (dify-dsl.md 2.7): one source handle per case (`case_id`) plus `false` for ELSE. */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { ifElseData } from '../../dsl/node-data/if-else';
import { templateSelectors } from '../../dsl/template-refs';
import { firstConditionProblem } from '../conditions';
import { listOf, recordOf, selectorOf, type HandleSpec, type NodeSpec } from '../node-spec';

export const ELSE_HANDLE = 'false';
/** The case id Dify gives the first case, and the legacy top-level conditions. */
export const FIRST_CASE_ID = 'true';

interface CaseView {
  caseId: string;
  conditions: unknown[];
}

/** The cases as the UI sees them: `cases`, or the legacy top-level conditions as one case 'true'. */
export function casesOf(data: DslNodeData): CaseView[] {
  const cases = listOf(data.cases);
  if (cases.length === 0 && Array.isArray(data.conditions)) {
    return [{ caseId: FIRST_CASE_ID, conditions: data.conditions }];
  }
  return cases.map((c) => {
    const item = recordOf(c);
    return { caseId: String(item.case_id ?? item.id ?? ''), conditions: listOf(item.conditions) };
  });
}

/** "IF" for a single case; "CASE n" when there are more branches than IF and ELSE. */
export function caseName(index: number, caseCount: number): string {
  return caseCount > 1 ? `CASE ${index + 1}` : 'IF';
}

export const ifElseSpec: NodeSpec = {
  type: 'if-else',
  title: 'IF/ELSE',
  classification: 'logic',
  sort: 1,
  flowType: 'custom',
  schema: ifElseData,
  defaults: () => ({ cases: [{ case_id: FIRST_CASE_ID, logical_operator: 'and', conditions: [] }] }),
  // The engine outputs result and selected_case_id, but the UI offers neither as a variable.
  outputs: () => [],
  sourceHandles(data) {
    const cases = casesOf(data);
    const handles: HandleSpec[] = cases.map((c, i) => ({ id: c.caseId, label: caseName(i, cases.length) }));
    handles.push({ id: ELSE_HANDLE, label: 'ELSE' });
    return handles;
  },
  hasTargetHandle: true,
  check(data) {
    const cases = casesOf(data);
    if (cases.length === 0) return 'IF needs at least one case';
    for (const [i, c] of cases.entries()) {
      const name = caseName(i, cases.length);
      if (c.conditions.length === 0) return `${name} has no conditions`;
      const problem = firstConditionProblem(c.conditions, name);
      if (problem) return problem;
    }
    return undefined;
  },
  usedSelectors(data) {
    const out: ValueSelector[] = [];
    for (const c of casesOf(data)) {
      for (const condition of c.conditions) {
        const item = recordOf(condition);
        const selector = selectorOf(item.variable_selector);
        if (selector.length > 0) out.push(selector);
        // Expected values are rendered as templates by the engine (5.8).
        out.push(...templateSelectors(item.value));
      }
    }
    return out;
  },
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

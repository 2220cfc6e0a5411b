/** What a variable assigner card shows (2.12): each variable it writes and how (v2 items or v1). */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';

export function assignedVariables(data: DslNodeData): { selector: string[]; operation: string }[] {
  if (Array.isArray(data.items)) {
    return listOf(data.items).map(recordOf).map((i) => ({ selector: selectorOf(i.variable_selector), operation: textOf(i.operation) }));
  }
  const target = selectorOf(data.assigned_variable_selector);
  return target.length > 0 ? [{ selector: target, operation: textOf(data.write_mode) }] : [];
}

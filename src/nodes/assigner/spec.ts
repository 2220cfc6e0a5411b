/**
 * Variable Assigner (dify-dsl.md 2.12): writes conversation variables and loop variables.
 * v2 (`version: '2'`) holds `items`; v1 (no version, or '1') one target and one input.
 */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { assignerData } from '../../dsl/node-data/assigner';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec } from '../node-spec';

export const ASSIGNER_OPERATIONS = [
  'over-write', 'clear', 'append', 'extend', 'set', '+=', '-=', '*=', '/=', 'remove-first', 'remove-last',
] as const;
/** Operations that read no value. */
export const VALUELESS_OPERATIONS: readonly string[] = ['clear', 'remove-first', 'remove-last'];
/** Operations whose value is a constant, where 0 and false are values too. */
export const CONSTANT_OPERATIONS: readonly string[] = ['set', '+=', '-=', '*=', '/='];

/** The engine picks the v2 class only for `version: '2'`. */
export function isAssignerV2(data: DslNodeData): boolean {
  return String(data.version ?? '') === '2';
}

function hasValue(operation: string, inputType: string, value: unknown): boolean {
  if (CONSTANT_OPERATIONS.includes(operation) || inputType === 'constant') {
    return value !== undefined && value !== null && value !== '';
  }
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
}

function v2Problem(data: DslNodeData): string | undefined {
  for (const [i, raw] of listOf(data.items).entries()) {
    const item = recordOf(raw);
    const where = `Operation ${i + 1}`;
    if (selectorOf(item.variable_selector).length === 0) return `${where}: the variable to assign is not set`;
    const operation = textOf(item.operation);
    if (!operation) return `${where}: the operation is not set`;
    if (!(ASSIGNER_OPERATIONS as readonly string[]).includes(operation)) return `${where}: '${operation}' is not an assigner operation`;
    if (VALUELESS_OPERATIONS.includes(operation)) continue;
    if (!hasValue(operation, textOf(item.input_type), item.value)) return `${where}: a value is required for '${operation}'`;
  }
  return undefined;
}

function v1Problem(data: DslNodeData): string | undefined {
  if (selectorOf(data.assigned_variable_selector).length === 0) return 'The variable to assign is not set';
  const mode = textOf(data.write_mode) || 'over-write';
  if (mode !== 'clear' && selectorOf(data.input_variable_selector).length === 0) return `A value variable is required for '${mode}'`;
  return undefined;
}

export const assignerSpec: NodeSpec = {
  type: 'assigner',
  title: 'Variable Assigner',
  classification: 'transform',
  sort: 5,
  flowType: 'custom',
  schema: assignerData,
  defaults: () => ({ version: '2', items: [] }),
  outputs: () => [],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check: (data) => (isAssignerV2(data) ? v2Problem(data) : v1Problem(data)),
  /**
   * Dify's `getNodeUsedVars` skips the assigner (4.5); we list its targets and variable inputs
   * so renames and the checklist cover them (targets are conversation or enclosing-loop variables).
   */
  usedSelectors(data): ValueSelector[] {
    if (!isAssignerV2(data)) {
      return [data.assigned_variable_selector, data.input_variable_selector].map(selectorOf).filter((s) => s.length > 0);
    }
    const out: ValueSelector[] = [];
    for (const raw of listOf(data.items)) {
      const item = recordOf(raw);
      out.push(selectorOf(item.variable_selector));
      if (textOf(item.input_type) === 'variable' && !VALUELESS_OPERATIONS.includes(textOf(item.operation))) out.push(selectorOf(item.value));
    }
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};

/**
 * Variable Assigner executor (dify-dsl.md 2.12): writes conversation variables and loop
 * variables through `ctx.pool.set`. v2 applies its items in order on a working copy (later
 * items see earlier writes) and writes nothing if one fails; v1 writes one variable.
 */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { NodeRunError, type NodeExecutor, type NodeRunResult } from '../../engine/node-executor';
import { pythonRepr, pythonStr } from '../../engine/python-format';
import type { VariablePool } from '../../engine/variable-pool';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';
import {
  applyOperation, isConstantInputSupported, isInputValueValid, isOperationSupported, isVariableInputSupported, valueType, zeroValue,
} from './operations';
import { isAssignerV2 } from './spec';

const VALUELESS = ['clear', 'remove-first', 'remove-last'];

function fail(message: string): never {
  throw new NodeRunError(message, 'VariableOperatorNodeError');
}

/** Pool reads that see this node's own earlier writes; only `[head, name]` selectors are variables. */
class WorkingPool {
  readonly writes = new Map<string, { selector: ValueSelector; value: unknown; type: string }>();
  constructor(private readonly pool: VariablePool, private readonly declared: (selector: ValueSelector) => string | undefined) {}

  read(selector: ValueSelector): { found: boolean; value: unknown; type: string } {
    if (selector.length === 2) {
      const written = this.writes.get(JSON.stringify(selector));
      if (written) return { found: true, value: written.value, type: written.type };
    }
    if (selector.length !== 2 || !this.pool.has(selector)) return { found: false, value: undefined, type: 'none' };
    const value = this.pool.get(selector) ?? null;
    // A declared type wins: `[]` declared array[string] must still refuse a number (Dify's rule).
    return { found: true, value, type: this.declared(selector) ?? valueType(value) };
  }

  /** A Map keeps a key's first position, as Dify's `dict.fromkeys` over the updates does. */
  write(selector: ValueSelector, value: unknown, type: string): void {
    this.writes.set(JSON.stringify(selector), { selector: selector.slice(0, 2), value, type });
  }
}

/** Dify's UpdatedVariable: a variable keeps its type when its value changes. */
function updatedVariable(selector: ValueSelector, type: string, value: unknown) {
  return { name: selector[1], selector: selector.slice(0, 2), value_type: type, new_value: value };
}

function runItem(working: WorkingPool, raw: unknown): void {
  const item = recordOf(raw);
  const selector = selectorOf(item.variable_selector);
  const operation = textOf(item.operation);
  const inputType = textOf(item.input_type) || (VALUELESS.includes(operation) || Array.isArray(item.value) ? 'variable' : 'constant');
  const target = working.read(selector);
  if (!target.found) fail(`Variable ${pythonRepr(selector)} not found`);
  const type = target.type;
  if (!isOperationSupported(type, operation)) fail(`Operation ${operation} is not supported for type ${type}`);
  if (inputType === 'variable' && !isVariableInputSupported(operation)) fail(`Input type variable is not supported for operation ${operation}`);
  if (inputType === 'constant' && !isConstantInputSupported(type, operation)) fail(`Input type constant is not supported for operation ${operation}`);
  let value: unknown = item.value ?? null;
  if (inputType === 'variable' && !VALUELESS.includes(operation) && value !== null) {
    const source = working.read(selectorOf(value));
    if (!source.found) fail(`Variable ${pythonRepr(selectorOf(value))} not found`);
    if (source.value === null) return; // Dify skips an item whose input variable holds None
    value = source.value;
  }
  if (operation === 'set' && type === 'object' && typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      fail(`Invalid input value ${pythonStr(value)}`);
    }
  }
  if (!isInputValueValid(type, operation, value)) fail(`Invalid input value ${pythonStr(value)}`);
  if (operation === 'clear' && zeroValue(type) === undefined) fail(`Cannot clear a variable of type ${type}`);
  working.write(selector, applyOperation(target.value, type, operation, value), type);
}

type Declared = (selector: ValueSelector) => string | undefined;

function runV2(data: DslNodeData, pool: VariablePool, declared: Declared): NodeRunResult {
  const working = new WorkingPool(pool, declared);
  try {
    for (const item of listOf(data.items)) runItem(working, item);
  } catch (e) {
    if (e instanceof NodeRunError) throw new NodeRunError(e.message, e.errorType, { inputs: { ...data } });
    throw e;
  }
  const processData: Record<string, unknown> = {};
  const updated = [];
  for (const { selector, value, type } of working.writes.values()) {
    pool.set(selector[0]!, selector[1]!, value);
    processData[selector[1]!] = value;
    updated.push(updatedVariable(selector, type, value));
  }
  processData.__updated_variables = updated;
  return { inputs: { ...data }, outputs: {}, processData };
}

function runV1(data: DslNodeData, pool: VariablePool, declared: Declared): NodeRunResult {
  const selector = selectorOf(data.assigned_variable_selector);
  if (selector.length === 0) {
    fail('No variable to assign: this Variable Assigner has neither version 2 items nor a version 1 assigned_variable_selector. Choose the variable it writes.');
  }
  const working = new WorkingPool(pool, declared);
  const target = working.read(selector);
  if (!target.found) fail('assigned variable not found');
  const mode = textOf(data.write_mode) || 'over-write';
  const type = target.type;
  let income: unknown;
  let value: unknown;
  if (mode === 'clear') {
    income = value = zeroValue(type);
    if (value === undefined) fail(`Cannot clear a variable of type ${type}`);
  } else if (mode === 'over-write' || mode === 'append') {
    const input = working.read(selectorOf(data.input_variable_selector));
    if (!input.found) fail('input value not found');
    income = input.value;
    if (mode === 'append' && !Array.isArray(target.value)) fail(`Cannot append to ${pythonRepr(selector)}: it holds a ${type}, not an array`);
    value = mode === 'append' ? [...(target.value as unknown[]), income] : income;
  } else {
    fail(`Write mode ${mode} is not supported; use over-write, append or clear`);
  }
  pool.set(selector[0]!, selector[1]!, value);
  return { inputs: { value: income }, outputs: {}, processData: { __updated_variables: [updatedVariable(selector, type, value)] } };
}

export const assignerRun: NodeExecutor = async (data, ctx) => {
  const declared: Declared = (selector) => ctx.variableType(selector);
  return isAssignerV2(data) ? runV2(data, ctx.pool, declared) : runV1(data, ctx.pool, declared);
};

/**
 * Start executor (dify-dsl.md 2.1): the run's inputs, checked against the start form, become
 * the node's outputs by name, beside every system variable under `sys.<name>` as Dify does.
 */
import type { NodeExecutor } from '../../engine/node-executor';
import { listOf, recordOf, textOf } from '../node-spec';
import { acceptInput } from './input-validation';

export const startRun: NodeExecutor = async (data, ctx) => {
  const inputs: Record<string, unknown> = {};
  for (const variable of listOf(data.variables)) {
    const name = textOf(recordOf(variable).variable);
    if (name) inputs[name] = acceptInput(variable, ctx.userInputs[name]);
  }
  const system: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ctx.userInputs)) {
    if (key.startsWith('sys.')) system[key] = value;
  }
  for (const [name, value] of Object.entries(ctx.pool.entries('sys'))) system[`sys.${name}`] = value;
  return { inputs, outputs: { ...system, ...inputs } };
};

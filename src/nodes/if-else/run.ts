/**
 * IF/ELSE executor (dify-dsl.md 5.8): cases in order, the first that holds picks its handle;
 * none holds -> 'false'. Legacy top-level conditions run as one case whose handle is 'true'.
 */
import { ConditionError, evaluateConditions, type ConditionInput } from '../../engine/condition-evaluator';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import { listOf, recordOf } from '../node-spec';
import { ELSE_HANDLE, FIRST_CASE_ID } from './spec';

export const ifElseRun: NodeExecutor = async (data, ctx) => {
  let inputConditions: ConditionInput[] = [];
  const conditionResults: Record<string, unknown>[] = [];
  let finalResult = false;
  let selected = ELSE_HANDLE;
  try {
    const cases = listOf(data.cases);
    if (cases.length > 0) {
      for (const raw of cases) {
        const c = recordOf(raw);
        const check = evaluateConditions(ctx.pool, c.conditions, c.logical_operator ?? 'and');
        inputConditions = check.inputs;
        finalResult = check.final;
        conditionResults.push({ group: c, results: check.results, final_result: check.final });
        if (check.final) {
          selected = String(c.case_id ?? c.id ?? '');
          break;
        }
      }
    } else {
      const check = evaluateConditions(ctx.pool, data.conditions ?? [], data.logical_operator ?? 'and');
      inputConditions = check.inputs;
      finalResult = check.final;
      selected = check.final ? FIRST_CASE_ID : ELSE_HANDLE;
      conditionResults.push({ group: 'default', results: check.results, final_result: check.final });
    }
  } catch (e) {
    if (!(e instanceof ConditionError)) throw e;
    throw new NodeRunError(e.message, 'ConditionError', {
      inputs: { conditions: inputConditions },
      processData: { condition_results: conditionResults },
    });
  }
  return {
    inputs: { conditions: inputConditions },
    outputs: { result: finalResult, selected_case_id: selected },
    processData: { condition_results: conditionResults },
    selectedHandle: selected || ELSE_HANDLE,
  };
};

/**
 * The IF/ELSE panel (dify-dsl.md 2.7): the cases in order (IF, then ELIF), each with its
 * conditions (variable, operator, value) joined by AND or OR; "+ ELIF" adds a case; ELSE last.
 * Removing a case removes the edges of its branch (editNodeData prunes them).
 */
import type { DslNodeData } from '../../dsl';
import { SelectorChip } from '../../canvas/card/SelectorChip';
import { editNode } from '../../panels/node/node-edit';
import { newUuid } from '../../panels/node/new-uuid';
import { FIELD_LOOK, VariablePicker } from '../../panels/node/VariablePicker';
import type { TypePanelProps } from '../../panels/node/type-panel';
import { operatorTakesValue, operatorsFor } from '../conditions';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';
import { addCase, addCondition, caseIdOf, editableCases, removeCase, removeCondition, setCaseOperator, updateCondition, type CaseRecord } from './case-edits';

const SMALL_BUTTON = 'rounded-md px-1.5 py-0.5 text-[11px] font-medium text-slate-500 hover:bg-slate-100 hover:text-slate-700';

function ConditionRow({ nodeId, data, caseId, index, condition }: { nodeId: string; data: DslNodeData; caseId: string; index: number; condition: Record<string, unknown> }) {
  const operator = textOf(condition.comparison_operator);
  const varType = textOf(condition.varType) || 'string';
  const operators = operatorsFor(varType);
  const options = operators.includes(operator) || operator === '' ? operators : [operator, ...operators];
  const value = condition.value;
  const update = (patch: Record<string, unknown>, groupKey?: string) =>
    editNode(nodeId, 'Condition edited', { cases: updateCondition(data, caseId, index, patch) }, groupKey);
  return (
    <li data-testid="if-else-condition" className="rounded-lg border border-slate-200 bg-white p-2">
      <div className="flex items-center gap-2 text-[12px]">
        <SelectorChip selector={selectorOf(condition.variable_selector)} className="min-w-0 flex-1" />
        <button type="button" aria-label="Remove condition" className={SMALL_BUTTON} onClick={() => editNode(nodeId, 'Condition removed', { cases: removeCondition(data, caseId, index) })}>
          ✕
        </button>
      </div>
      <div className="mt-1.5 flex gap-1.5">
        <select aria-label="Operator" className={`${FIELD_LOOK} w-32 shrink-0`} value={operator} onChange={(e) => update({ comparison_operator: e.target.value })}>
          {operator === '' && <option value="">operator…</option>}
          {options.map((op) => <option key={op} value={op}>{op}</option>)}
        </select>
        {operatorTakesValue(operator) && (
          <input
            aria-label="Value"
            className={`${FIELD_LOOK} min-w-0 flex-1`}
            placeholder="value"
            value={typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.join(', ') : ''}
            onChange={(e) => update({ value: e.target.value }, `condition-value:${caseId}:${index}`)}
          />
        )}
      </div>
    </li>
  );
}

function CaseSection({ nodeId, data, item, index, count }: { nodeId: string; data: DslNodeData; item: CaseRecord; index: number; count: number }) {
  const caseId = caseIdOf(item);
  const conditions = listOf(item.conditions).map(recordOf);
  const logical = item.logical_operator === 'or' ? 'or' : 'and';
  return (
    <section data-testid="if-else-case" data-case-id={caseId} className="rounded-xl border border-slate-200 bg-slate-50 p-3">
      <header className="mb-2 flex items-center gap-2">
        {count > 1 && <span className="text-[10px] font-semibold tracking-wide text-slate-400">CASE {index + 1}</span>}
        <span className="text-[13px] font-semibold text-slate-800">{index === 0 ? 'IF' : 'ELIF'}</span>
        {conditions.length > 1 && (
          <button
            type="button"
            title="Switch between AND and OR"
            className="rounded-md border border-blue-200 bg-blue-50 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-blue-700 hover:bg-blue-100"
            onClick={() => editNode(nodeId, 'Case operator changed', { cases: setCaseOperator(data, caseId, logical === 'and' ? 'or' : 'and') })}
          >
            {logical}
          </button>
        )}
        {count > 1 && (
          <button type="button" data-testid="if-else-remove-case" className={`${SMALL_BUTTON} ml-auto`} onClick={() => editNode(nodeId, 'Case removed', { cases: removeCase(data, caseId) })}>
            Remove
          </button>
        )}
      </header>
      {conditions.length > 0 ? (
        <ul className="space-y-1.5">
          {conditions.map((c, i) => (
            <ConditionRow key={textOf(c.id) || i} nodeId={nodeId} data={data} caseId={caseId} index={i} condition={c} />
          ))}
        </ul>
      ) : (
        <p className="text-[12px] text-slate-400">No conditions yet.</p>
      )}
      <div className="mt-2">
        <VariablePicker
          nodeId={nodeId}
          label="Add condition"
          placeholder="+ Add condition: pick a variable…"
          testId="if-else-add-condition"
          onPick={(v) => editNode(nodeId, 'Condition added', {
            cases: addCondition(data, caseId, { id: newUuid(), variableSelector: v.selector, varType: v.type, operator: operatorsFor(v.type)[0] ?? 'is', value: '' }),
          })}
        />
      </div>
    </section>
  );
}

export function IfElsePanel({ nodeId, data }: TypePanelProps) {
  const cases = editableCases(data);
  return (
    <div className="space-y-3">
      {cases.map((item, i) => (
        <CaseSection key={caseIdOf(item) || i} nodeId={nodeId} data={data} item={item} index={i} count={cases.length} />
      ))}
      <button
        type="button"
        data-testid="if-else-add-case"
        className="w-full rounded-lg border border-dashed border-slate-300 py-1.5 text-[12px] font-medium text-slate-600 hover:border-blue-400 hover:text-blue-600"
        onClick={() => editNode(nodeId, 'Case added', { cases: addCase(data, newUuid()) })}
      >
        + ELIF
      </button>
      <section className="rounded-xl border border-slate-200 bg-slate-50 p-3">
        <div className="text-[13px] font-semibold text-slate-800">ELSE</div>
        <p className="mt-1 text-[12px] text-slate-500">Runs when no case above is met.</p>
      </section>
    </div>
  );
}

/**
 * The code panel (dify-dsl.md 2.8): the language and the code. A plain monospace textarea for
 * now; typing groups into one undo entry. Input variables and outputs are listed as they are.
 */
import { SelectorChip } from '../../canvas/card/SelectorChip';
import { editNode } from '../../panels/node/node-edit';
import { FIELD } from '../../panels/node/VariablePicker';
import type { TypePanelProps } from '../../panels/node/type-panel';
import { listOf, recordOf, selectorOf, textOf } from '../node-spec';
import { outputNames } from './summary';

const LANGUAGES = [['python3', 'Python 3'], ['javascript', 'JavaScript']] as const;
const HEADING = 'mb-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-500';

export function CodePanel({ nodeId, data }: TypePanelProps) {
  const language = textOf(data.code_language);
  const known = LANGUAGES.some(([id]) => id === language);
  const outputs = recordOf(data.outputs);
  return (
    <div className="space-y-4">
      <section>
        <h3 className={HEADING}>Input variables</h3>
        <ul className="space-y-1">
          {listOf(data.variables).map(recordOf).map((v, i) => (
            <li key={i} className="flex items-center gap-2 rounded-md bg-slate-50 px-2 py-1 text-[12px]">
              <span className="w-24 shrink-0 truncate font-medium text-slate-700">{textOf(v.variable)}</span>
              <SelectorChip selector={selectorOf(v.value_selector)} className="min-w-0" />
            </li>
          ))}
        </ul>
      </section>
      <section>
        <div className="mb-1.5 flex items-center justify-between">
          <h3 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">Code</h3>
          <select
            aria-label="Language"
            data-testid="code-language"
            className="rounded-md border border-slate-200 bg-white px-1.5 py-0.5 text-[12px]"
            value={language}
            onChange={(e) => editNode(nodeId, 'Language changed', { code_language: e.target.value })}
          >
            {!known && <option value={language}>{language || '(none)'}</option>}
            {LANGUAGES.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
          </select>
        </div>
        <textarea
          aria-label="Code"
          data-testid="code-text"
          spellCheck={false}
          className={`${FIELD} h-64 resize-y whitespace-pre font-mono text-[12px] leading-5`}
          value={textOf(data.code)}
          onChange={(e) => editNode(nodeId, 'Code edited', { code: e.target.value }, 'code')}
        />
      </section>
      <section>
        <h3 className={HEADING}>Output variables</h3>
        <ul className="space-y-1">
          {outputNames(data).map((name) => (
            <li key={name} className="flex items-center justify-between rounded-md bg-slate-50 px-2 py-1 text-[12px]">
              <span className="font-medium text-slate-700">{name}</span>
              <span className="text-slate-500">{textOf(recordOf(outputs[name]).type)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

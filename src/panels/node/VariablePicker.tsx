/**
 * Picks a variable the node may read (dify-dsl.md 4.4): upstream outputs, the container's item
 * and index, env, conversation and sys, grouped as Dify's picker groups them.
 */
import { useMemo } from 'react';
import { useDocumentStore } from '../../store/document-store';
import { availableVariables, type AvailableVar } from '../../variables/workflow-variables';

export interface PickedVariable {
  selector: string[];
  type: string;
}

/** A panel input's look, without its width (callers size it). */
export const FIELD_LOOK = 'rounded-lg border border-slate-200 bg-white px-2 py-1 text-[13px] text-slate-800 focus:border-blue-500 focus:outline-none';
export const FIELD = `w-full ${FIELD_LOOK}`;

export function VariablePicker({ nodeId, onPick, testId, label = 'Variable', placeholder = 'Select a variable…' }: { nodeId: string; onPick: (v: PickedVariable) => void; testId?: string; label?: string; placeholder?: string }) {
  const document = useDocumentStore((s) => s.document);
  const groups = useMemo(() => availableVariables(document, nodeId), [document, nodeId]);
  const byKey = useMemo(() => {
    const map = new Map<string, AvailableVar>();
    for (const g of groups) for (const v of g.vars) map.set(JSON.stringify(v.selector), v);
    return map;
  }, [groups]);
  return (
    <select
      aria-label={label}
      data-testid={testId}
      className={FIELD}
      value=""
      onChange={(e) => {
        const v = byKey.get(e.target.value);
        if (v) onPick({ selector: [...v.selector], type: v.type });
      }}
    >
      <option value="" disabled>{placeholder}</option>
      {groups.map((g) => (
        <optgroup key={g.nodeId} label={g.title}>
          {g.vars.map((v) => (
            <option key={v.selector.join('.')} value={JSON.stringify(v.selector)}>
              {v.variable} · {v.type}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

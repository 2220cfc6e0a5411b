/** A value selector as a small chip: `node title / variable` (or `sys.query`); text only. */
import { selectorLabel } from './selector-label';
import { useNodeTitle } from './use-node-title';

/** `compact` shows the variable only (the node title stays in the tooltip), for tight rows. */
export function SelectorChip({ selector, className = '', compact = false }: { selector: readonly string[]; className?: string; compact?: boolean }) {
  const title = useNodeTitle(selector[0] ?? '');
  const label = selectorLabel(selector, () => title);
  if (!label) return <span className={`text-slate-400 ${className}`}>not set</span>;
  const full = label.node === undefined ? label.variable : `${label.node} / ${label.variable}`;
  return (
    <span className={`inline-flex min-w-0 items-center gap-0.5 ${className}`} title={full}>
      {label.node !== undefined && !compact && (
        <>
          <span className="min-w-6 truncate text-slate-500">{label.node}</span>
          <span className="shrink-0 text-slate-300">/</span>
        </>
      )}
      <span className="min-w-0 shrink-[0.2] truncate font-medium text-blue-600">{label.variable}</span>
    </span>
  );
}

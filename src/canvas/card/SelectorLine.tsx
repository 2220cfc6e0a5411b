/** A summary line holding one value selector, with an optional tag on the right. */
import type { ReactNode } from 'react';
import { SelectorChip } from './SelectorChip';
import { SummaryLine } from './card-parts';

export function SelectorLine({ selector, tag, testId }: { selector: readonly string[]; tag?: ReactNode; testId?: string }) {
  return (
    <SummaryLine testId={testId}>
      <span className="shrink-0 font-mono text-[10px] font-semibold text-blue-500">{'{x}'}</span>
      <SelectorChip selector={selector} className="flex-1" />
      {tag}
    </SummaryLine>
  );
}

/** The first line of a template on a card, `{{#node.var#}}` references shown as variable chips. */
import { previewSegments } from '../../nodes/text-preview';
import { SelectorChip } from './SelectorChip';
import { SummaryLine } from './card-parts';

export function TextPreview({ text, empty, testId }: { text: unknown; empty: string; testId?: string }) {
  const segments = previewSegments(text);
  if (segments.length === 0) return <SummaryLine testId={testId}><span className="text-slate-400">{empty}</span></SummaryLine>;
  return (
    <SummaryLine testId={testId} title={typeof text === 'string' ? text : undefined}>
      {/* Segments keep their size; the line clips at the card's edge. */}
      <span className="flex min-w-0 items-center gap-0.5 overflow-hidden whitespace-nowrap">
        {segments.map((s, i) => ('text' in s
          ? <span key={i} className="shrink-0 whitespace-pre">{s.text}</span>
          : <span key={i} className="flex max-w-[150px] shrink-0 items-center rounded bg-white px-1 ring-1 ring-slate-200"><SelectorChip selector={s.selector} className="min-w-0" /></span>))}
      </span>
    </SummaryLine>
  );
}

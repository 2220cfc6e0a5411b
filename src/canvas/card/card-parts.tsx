/** The small pieces card bodies are made of: a summary line, a labelled handle row, a tag. */
import type { ReactNode } from 'react';
import { SourceHandle } from '../handles/NodeHandles';

/** The body area under a card's header. */
export function CardBody({ children }: { children: ReactNode }) {
  return <div className="space-y-1 px-3 pb-2.5">{children}</div>;
}

/** One grey summary line, truncated; `title` gives the full text on hover. */
export function SummaryLine({ children, title, testId }: { children: ReactNode; title?: string; testId?: string }) {
  return (
    <div data-testid={testId} title={title} className="flex h-6 min-w-0 items-center gap-1.5 rounded-md bg-slate-50 px-1.5 text-[12px] text-slate-700">
      {children}
    </div>
  );
}

export function Tag({ children, tone = 'slate' }: { children: ReactNode; tone?: 'slate' | 'blue' | 'violet' | 'amber' }) {
  const tones = { slate: 'bg-slate-200/70 text-slate-600', blue: 'bg-blue-100 text-blue-700', violet: 'bg-violet-100 text-violet-700', amber: 'bg-amber-100 text-amber-800' };
  return <span className={`max-w-[60%] shrink-0 truncate rounded px-1 py-px text-[10px] font-semibold uppercase leading-4 ${tones[tone]}`}>{children}</span>;
}

export function Truncated({ text, className = '' }: { text: string; className?: string }) {
  return <span className={`min-w-0 truncate ${className}`} title={text}>{text}</span>;
}

/**
 * A full-width row with a source handle on the card's right edge, level with the row: the
 * branches of IF/ELSE, classifier classes, human-input actions, FAIL.
 */
export function HandleRow({ nodeId, handleId, children, testId }: { nodeId: string; handleId: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId} data-handle-row={handleId} className="relative flex min-h-6 items-center px-3">
      <div className="min-w-0 flex-1">{children}</div>
      <SourceHandle nodeId={nodeId} handleId={handleId} />
    </div>
  );
}

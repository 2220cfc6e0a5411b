/**
 * A note on the canvas (dify-dsl.md 2.23, 6.10): its theme's colours, the Lexical text as plain
 * paragraphs and lists (bold, italic, strikethrough; never HTML), the author when shown.
 * Drawn at its stored size and resizable from the corner when selected.
 */
import { memo, type ReactNode } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../../canvas/to-flow';
import { ResizeCorner } from '../../canvas/card/ResizeCorner';
import { NOTE_MIN_SIZE } from '../../store/commands';
import { noteBlocks, type TextRun } from './lexical-text';
import { noteTheme, noteThemeClasses } from './note-theme';

function Run({ run }: { run: TextRun }) {
  let content: ReactNode = run.text;
  if (run.code) content = <code className="rounded bg-white/60 px-0.5 font-mono text-[12px]">{content}</code>;
  if (run.link !== undefined) content = <span className="text-blue-700 underline" title={run.link}>{content}</span>;
  const classes = [run.bold ? 'font-semibold' : '', run.italic ? 'italic' : '', run.strike ? 'line-through' : '', run.underline ? 'underline' : ''].filter(Boolean).join(' ');
  return classes ? <span className={classes}>{content}</span> : <>{content}</>;
}

const Runs = ({ runs }: { runs: TextRun[] }) => <>{runs.map((r, i) => <Run key={i} run={r} />)}</>;

function NoteCardView({ id, data, selected }: NodeProps<FlowNode>) {
  const note = data.nodeData;
  const theme = noteThemeClasses(note.theme);
  const blocks = noteBlocks(note.text);
  const author = note.showAuthor !== false && typeof note.author === 'string' ? note.author : '';
  return (
    <div
      data-testid="note-card"
      data-theme={noteTheme(note.theme)}
      className={`relative flex h-full w-full flex-col overflow-hidden rounded-md border shadow-xs ${theme.background} ${theme.border} ${selected ? 'outline-2 outline-blue-600' : ''}`}
    >
      <div className={`h-2 shrink-0 ${theme.strip}`} aria-hidden="true" />
      <div data-testid="note-text" className="nowheel min-h-0 flex-1 space-y-1 overflow-y-auto whitespace-pre-wrap break-words px-3 py-1.5 text-[13px] leading-5 text-slate-800">
        {blocks.length === 0 && <p className="text-slate-400">Write your note…</p>}
        {blocks.map((b, i) => (b.kind === 'paragraph'
          ? <p key={i} className="min-h-5"><Runs runs={b.runs} /></p>
          : (
            <ul key={i} className={`${b.ordered ? 'list-decimal' : 'list-disc'} pl-5`}>
              {b.items.map((item, j) => <li key={j}><Runs runs={item} /></li>)}
            </ul>
          )))}
      </div>
      {author !== '' && <div data-testid="note-author" className="shrink-0 truncate px-3 pb-1.5 text-[11px] text-slate-500">{author}</div>}
      {selected && <ResizeCorner nodeId={id} minWidth={NOTE_MIN_SIZE.width} minHeight={NOTE_MIN_SIZE.height} />}
    </div>
  );
}

export const NoteCard = memo(NoteCardView);

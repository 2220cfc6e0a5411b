/** One workflow in the library: name (renamed inline), mode, size, last edit, and its actions. */
import { useState } from 'react';
import type { WorkflowSummary } from '../persistence/library';
import { editedAgo } from './edited-time';

const MODE_LABELS: Record<string, string> = { workflow: 'Workflow', 'advanced-chat': 'Chatflow' };
const ACTION = 'rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40';

export interface WorkflowRowProps {
  workflow: WorkflowSummary;
  isOpen: boolean;
  now: number;
  onOpen(): void;
  onRename(name: string): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function WorkflowRow({ workflow, isOpen, now, onOpen, onRename, onDuplicate, onDelete }: WorkflowRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(workflow.name);
  const finish = (save: boolean) => {
    setRenaming(false);
    if (save && draft.trim() !== '' && draft !== workflow.name) onRename(draft);
  };
  return (
    <li data-testid="library-row" data-workflow-id={workflow.id} data-open={isOpen || undefined} className={`flex items-center gap-4 px-4 py-3 ${isOpen ? 'bg-blue-50/60' : 'hover:bg-slate-50'}`}>
      <div className="min-w-0 flex-1">
        {renaming ? (
          <input
            autoFocus
            data-testid="library-rename-input"
            aria-label="Workflow name"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finish(true);
              else if (e.key === 'Escape') finish(false);
            }}
            className="w-full rounded-md border border-blue-300 px-2 py-1 text-sm outline-none ring-2 ring-blue-100"
          />
        ) : (
          <button type="button" data-testid="library-name" onClick={onOpen} className="block max-w-full truncate text-left text-sm font-medium text-slate-900 hover:text-blue-700" title={`Open ${workflow.name}`}>
            {workflow.name}
          </button>
        )}
        <div className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
          <span className="rounded bg-slate-100 px-1.5 py-px font-medium text-slate-600">{MODE_LABELS[workflow.mode] ?? workflow.mode}</span>
          <span data-testid="library-node-count">{workflow.nodeCount} {workflow.nodeCount === 1 ? 'node' : 'nodes'}</span>
          <span aria-hidden="true">·</span>
          <span title={new Date(workflow.updatedAt).toLocaleString()}>edited {editedAgo(workflow.updatedAt, now)}</span>
          {isOpen && <span data-testid="library-open-marker" className="rounded bg-blue-100 px-1.5 py-px font-medium text-blue-700">Open in editor</span>}
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-1">
        <button type="button" data-testid="library-open" className={ACTION} onClick={onOpen}>Open</button>
        <button type="button" data-testid="library-rename" className={ACTION} onClick={() => { setDraft(workflow.name); setRenaming(true); }}>Rename</button>
        <button type="button" data-testid="library-duplicate" className={ACTION} onClick={onDuplicate}>Duplicate</button>
        <button
          type="button"
          data-testid="library-delete"
          className={`${ACTION} hover:text-red-600`}
          onClick={onDelete}
          disabled={isOpen}
          title={isOpen ? 'Open another workflow before deleting this one' : undefined}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

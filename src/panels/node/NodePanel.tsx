/**
 * The node panel (dify-dsl.md 6.11): with exactly one block selected, a 400px panel on the
 * right with its title, description and the type's own form. Edits are undoable commands;
 * typing in a field groups into one history entry. Close or Escape clears the selection.
 */
import { useEffect } from 'react';
import { documentStore, useDocumentStore } from '../../store/document-store';
import { specFor } from '../../nodes/specs';
import { BlockIcon } from '../../canvas/card/BlockIcon';
import { editNode, renameNode } from './node-edit';
import { typePanelFor } from './type-panels';

const deselect = () => documentStore.getState().selectNodes([]);

/** The selected node when exactly one block with a spec is selected (notes and start children have no panel). */
function useSelectedBlock() {
  const id = useDocumentStore((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0] : undefined));
  return useDocumentStore((s) => {
    if (id === undefined) return undefined;
    const node = s.document.workflow.graph.nodes.find((n) => n.id === id);
    if (!node || node.type === 'custom-note' || node.selectable === false) return undefined;
    return specFor(node.data.type) ? node : undefined;
  });
}

export function NodePanel() {
  const node = useSelectedBlock();
  /** A read-only tab shows the settings but takes no edits (the store would refuse them anyway). */
  const locked = useDocumentStore((s) => s.editLock !== undefined);
  useEffect(() => {
    if (!node) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      deselect();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [node]);
  if (!node) return null;
  const { data } = node;
  const spec = specFor(data.type);
  const TypePanel = typePanelFor(data.type);
  const title = typeof data.title === 'string' ? data.title : '';
  const desc = typeof data.desc === 'string' ? data.desc : '';
  return (
    <aside data-testid="node-panel" data-node-id={node.id} aria-label="Node settings" className="flex w-[400px] shrink-0 flex-col border-l border-slate-200 bg-white shadow-sm">
      <header className="flex items-start gap-2 border-b border-slate-100 px-4 pb-3 pt-4">
        <span className="mt-1"><BlockIcon blockType={data.type} size="lg" /></span>
        <fieldset disabled={locked} className="min-w-0 flex-1">
          <input
            aria-label="Title"
            data-testid="node-panel-title"
            className="w-full rounded-md border border-transparent px-1.5 py-1 text-[15px] font-semibold text-slate-900 hover:border-slate-200 focus:border-blue-500 focus:outline-none"
            value={title}
            placeholder={spec?.title ?? 'Title'}
            onChange={(e) => renameNode(node.id, e.target.value)}
          />
          <textarea
            aria-label="Description"
            data-testid="node-panel-desc"
            rows={1}
            className="mt-0.5 w-full resize-none rounded-md border border-transparent px-1.5 py-1 text-[12px] text-slate-600 placeholder:text-slate-400 hover:border-slate-200 focus:border-blue-500 focus:outline-none"
            value={desc}
            placeholder="Add description…"
            onChange={(e) => editNode(node.id, 'Description edited', { desc: e.target.value }, 'desc')}
          />
        </fieldset>
        <button type="button" data-testid="node-panel-close" aria-label="Close" onClick={deselect} className="rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700">
          <svg viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round"><path d="M6 6l12 12M18 6L6 18" /></svg>
        </button>
      </header>
      <fieldset disabled={locked} data-testid="node-panel-body" className="min-h-0 min-w-0 flex-1 overflow-y-auto px-4 py-4">
        {TypePanel ? <TypePanel nodeId={node.id} data={data} /> : <p className="text-[12px] text-slate-400">{spec?.title ?? data.type} has no settings here yet.</p>}
      </fieldset>
    </aside>
  );
}

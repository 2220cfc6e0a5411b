/**
 * The small block selector the "+" buttons open: only the blocks Dify allows after that handle,
 * before that node or on that edge (3.3), with search. Escape or a click elsewhere closes it.
 */
import { useMemo, useRef, useState } from 'react';
import type { DslDocument } from '../../dsl';
import { edgeIdOf } from '../../graph/graph-index';
import { documentStore } from '../../store/document-store';
import { nodeById } from '../../store/commands/graph-update';
import { paletteGroups, type BlockSlot } from './palette-groups';
import { BlockList, BlockSearch } from './BlockList';
import { blockSelector, useSelectorRequest, type SelectorTarget } from './block-selector';
import { addBlockAfter, addBlockBefore, insertBlockOnEdge } from './add-block';
import { useOutsideDismiss } from '../use-outside-dismiss';

const WIDTH = 224;
const MAX_HEIGHT = 360;
const MARGIN = 8;

/** The slot a block picked for `target` goes into, or undefined when the target is gone. */
function slotOf(doc: DslDocument, target: SelectorTarget): BlockSlot | undefined {
  const nodeId = target.kind === 'edge' ? doc.workflow.graph.edges.find((e) => edgeIdOf(e) === target.edgeId)?.target : target.nodeId;
  const node = nodeId === undefined ? undefined : nodeById(doc, nodeId);
  if (!node) return undefined;
  const parent = node.parentId ? nodeById(doc, node.parentId) : undefined;
  return { ...(parent ? { parent } : {}), connected: target.kind !== 'before', leadsOn: target.kind === 'before' };
}

function pick(target: SelectorTarget, type: string): void {
  blockSelector.getState().close();
  if (target.kind === 'after') addBlockAfter(target.nodeId, target.handleId, type);
  else if (target.kind === 'before') addBlockBefore(target.nodeId, type);
  else insertBlockOnEdge(target.edgeId, type);
}

export function BlockSelectorPopover() {
  const request = useSelectorRequest();
  if (!request) return null;
  // Keyed by the request, so a new "+" starts with an empty search.
  return <SelectorBox key={`${request.x},${request.y}`} x={request.x} y={request.y} target={request.target} />;
}

const closeSelector = () => blockSelector.getState().close();

function SelectorBox({ x, y, target }: { x: number; y: number; target: SelectorTarget }) {
  const [query, setQuery] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const slot = useMemo(() => slotOf(documentStore.getState().document, target), [target]);
  const groups = useMemo(() => (slot ? paletteGroups(documentStore.getState().document, [slot], query) : []), [slot, query]);

  useOutsideDismiss(box, true, closeSelector);

  const left = Math.max(MARGIN, Math.min(x, window.innerWidth - WIDTH - MARGIN));
  const top = Math.max(MARGIN, Math.min(y, window.innerHeight - MAX_HEIGHT - MARGIN));
  return (
    <div
      ref={box}
      role="dialog"
      aria-label="Add a block"
      data-testid="block-selector"
      className="fixed z-50 flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-lg"
      style={{ left, top, width: WIDTH, maxHeight: MAX_HEIGHT }}
    >
      <div className="border-b border-slate-100 p-2">
        <BlockSearch value={query} onChange={setQuery} autoFocus testId="selector-search" />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-1">
        {slot ? <BlockList groups={groups} onPick={(type) => pick(target, type)} testIdPrefix="selector" /> : <p className="p-3 text-xs text-slate-400">That place is gone.</p>}
      </div>
    </div>
  );
}

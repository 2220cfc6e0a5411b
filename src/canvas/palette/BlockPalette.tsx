/**
 * The block palette docked at the canvas' left (dify-dsl.md 6.12): drag a block onto the
 * canvas (into an iteration or loop when dropped there), or click to add it in the middle of
 * the visible area.
 */
import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { documentStore, useDocumentStore } from '../../store/document-store';
import { canvasSlots, paletteGroups, paletteKey } from './palette-groups';
import { BlockList, BlockSearch } from './BlockList';
import { addBlockNear } from './add-block';

export function BlockPalette({ canvas }: { canvas: React.RefObject<HTMLElement | null> }) {
  const [query, setQuery] = useState('');
  const key = useDocumentStore((s) => paletteKey(s.document));
  const groups = useMemo(() => {
    const doc = documentStore.getState().document;
    return paletteGroups(doc, canvasSlots(doc), query);
  }, [key, query]); // `key` stands for everything of the document the offer depends on
  const flow = useReactFlow();
  const addInView = (type: string) => {
    const box = canvas.current?.getBoundingClientRect();
    if (!box) return;
    addBlockNear(type, flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }));
  };
  return (
    <aside data-testid="block-palette" aria-label="Blocks" className="flex w-52 shrink-0 flex-col border-r border-slate-200 bg-white">
      <div className="border-b border-slate-100 p-2">
        <h2 className="px-1 pb-1.5 text-xs font-semibold text-slate-700">Blocks</h2>
        <BlockSearch value={query} onChange={setQuery} testId="palette-search" />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-1">
        <BlockList groups={groups} onPick={addInView} testIdPrefix="palette" draggable />
      </div>
    </aside>
  );
}

/** A node's title by id, read through a narrow selector: a card re-renders only when it changes. */
import { useDocumentStore } from '../../store/document-store';
import { titleIndex } from './selector-label';

export function useNodeTitle(nodeId: string): string | undefined {
  return useDocumentStore((s) => titleIndex(s.document.workflow.graph.nodes).get(nodeId));
}

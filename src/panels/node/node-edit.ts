/**
 * Panel edits of one node, through the undoable commands. Typing passes a group key so a burst
 * of keystrokes in one field becomes one history entry.
 */
import { documentStore, type ApplyOutcome } from '../../store/document-store';
import { editNodeData, setNodeTitle, type DataPatch } from '../../store/commands';

export function editNode(nodeId: string, label: string, patch: DataPatch, groupKey?: string): ApplyOutcome {
  return documentStore.getState().apply(label, (doc) => editNodeData(doc, nodeId, patch), groupKey === undefined ? {} : { groupKey: `${groupKey}:${nodeId}` });
}

export function renameNode(nodeId: string, title: string): ApplyOutcome {
  return documentStore.getState().apply('Title edited', (doc) => setNodeTitle(doc, nodeId, title), { groupKey: `title:${nodeId}` });
}

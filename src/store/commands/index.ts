/** Every edit of the document as a named, pure command: `(doc, args) => doc | refusal`. */
export { isRefusal, refuse, type CommandResult, type Refusal } from './graph-update';
export { addNode, newNodeTitle, type AddNodeArgs } from './add-node';
export { connect, connectionProblem, edgeBetween, type ConnectArgs } from './connect';
export { deleteNodes, deleteEdges } from './delete';
export { editNodeData, setNodeTitle, pruneDanglingHandles, type DataPatch } from './edit-data';
export { copyNodes, pasteNodes, pasteWithIds, duplicateNodes, pastedTitle, type Clipboard, type PasteOptions } from './clipboard';
export { clipboardToText, clipboardFromText } from './clipboard-text';
export { insertNodeOnEdge, INSERT_SHIFT_X } from './insert-on-edge';
export { moveNodesCommand } from './move';
export { placementProblem } from './placement';
export { addNodeAfter, type AddAfterArgs } from './add-after';
export { fitContainer, fitContainerOf, storedSize, childrenExtent } from './container-fit';
export { addNodeBefore, type AddBeforeArgs } from './add-before';
export { reconnect, reconnectProblem, type ReconnectArgs } from './reconnect';
export { resizeNode, minSizeOf, CONTAINER_MIN_SIZE, NOTE_MIN_SIZE } from './resize';

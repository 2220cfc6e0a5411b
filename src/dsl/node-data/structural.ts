import { baseNodeData } from '../schema/common';

/** Container start children, loop-end and RAG-only nodes: nothing beyond the common fields. */
export const structuralData = baseNodeData;

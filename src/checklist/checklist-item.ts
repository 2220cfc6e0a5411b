import type { DslNode } from '../dsl';

export interface ChecklistItem {
  /** The node to fix; '' for findings about the whole graph. */
  nodeId: string;
  nodeTitle: string;
  nodeType: string;
  /** node: the block's own settings; variable: a reference to nothing; unconnected; edge; graph. */
  rule: 'node' | 'variable' | 'unconnected' | 'edge' | 'graph';
  /** error: Dify refuses to run or publish; warning: runs, but probably not what you meant. */
  severity: 'error' | 'warning';
  message: string;
}

export function nodeTitle(node: DslNode): string {
  return typeof node.data.title === 'string' && node.data.title ? node.data.title : node.data.type || node.id;
}

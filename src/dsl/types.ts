/**
 * The DSL document: a Dify DSL file as plain data. It is the single source of truth of the
 * editor; every key we do not model is kept (index signatures), and nothing is renamed.
 */
import type { AppMode } from './schema/top-level';

export type { AppMode };
export type ValueSelector = string[];

export interface XY {
  x: number;
  y: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  [key: string]: unknown;
}

export interface DslNodeData {
  /** Dify's block type (`llm`, `if-else`...); `''` for notes and canvas-only nodes. */
  type: string;
  title?: string;
  desc?: string;
  [key: string]: unknown;
}

export interface DslNode {
  id: string;
  /** React Flow renderer type: `custom`, `custom-note`, `custom-iteration-start`... */
  type?: string;
  data: DslNodeData;
  position?: XY;
  positionAbsolute?: XY;
  parentId?: string;
  width?: number;
  height?: number;
  zIndex?: number;
  [key: string]: unknown;
}

export interface DslEdge {
  id?: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  type?: string;
  data?: Record<string, unknown>;
  zIndex?: number;
  [key: string]: unknown;
}

export interface DslGraph {
  nodes: DslNode[];
  edges: DslEdge[];
  viewport?: Viewport;
  [key: string]: unknown;
}

export interface WorkflowVariable {
  id?: string;
  name: string;
  description?: string;
  selector?: string[];
  value_type: string;
  value: unknown;
  [key: string]: unknown;
}

export interface DslWorkflow {
  graph: DslGraph;
  features?: Record<string, unknown>;
  environment_variables?: WorkflowVariable[];
  conversation_variables?: WorkflowVariable[];
  rag_pipeline_variables?: Record<string, unknown>[];
  [key: string]: unknown;
}

export interface DslApp {
  name?: string;
  mode: AppMode;
  icon?: string;
  icon_type?: string;
  icon_background?: string;
  description?: string;
  use_icon_as_answer_icon?: boolean;
  [key: string]: unknown;
}

export interface DslDocument {
  version?: string;
  kind?: string;
  app: DslApp;
  dependencies?: Record<string, unknown>[];
  workflow: DslWorkflow;
  [key: string]: unknown;
}

/** A problem that stops an import. `path` is like `workflow.graph.nodes[3].data.cases[0]`. */
export interface DslError {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type DslWarningCode = 'version-newer' | 'version-older' | 'version-missing' | 'unknown-node-type' | 'kind' | 'edges-missing';

/** Something the user should know; `needsConfirmation` asks the UI to confirm before importing. */
export interface DslWarning {
  code: DslWarningCode;
  path: string;
  message: string;
  needsConfirmation?: boolean;
}

/** How the source file was written, so an untouched file exports byte for byte. */
export interface SourceFormat {
  allowUnicode: boolean;
}

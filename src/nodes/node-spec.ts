/**
 * The pure description of a block type: what its data looks like, what a new one holds,
 * what it outputs, which handles it has and what the checklist asks of it.
 * One per folder (`src/nodes/<type>/spec.ts`), listed in `specs.ts`. No React, no DOM.
 */
import type { z } from 'zod';
import type { AppMode, DslNodeData, ValueSelector } from '../dsl';

/** Dify's VarType strings: string, number, integer, boolean, object, file, array[string], ... */
export type VarType = string;

export interface OutputVar {
  variable: string;
  type: VarType;
  /** Sub-fields of objects (from a JSON schema) and files. */
  children?: OutputVar[];
  description?: string;
}

export interface HandleSpec {
  id: string;
  /** What the canvas shows next to the handle (IF, ELIF, ELSE, a class name...). */
  label?: string;
}

export type BlockClassification = 'default' | 'question-understand' | 'logic' | 'transform' | 'utilities' | 'start' | 'hidden';

export interface SpecContext {
  appMode: AppMode;
  /** The type of the value at a selector, where a node's output type follows its input. */
  typeOf?: (selector: ValueSelector) => VarType | undefined;
}

export interface NodeSpec {
  /** `data.type`. */
  type: string;
  /** Default English title: the block selector's name (dify-dsl.md 6.12). */
  title: string;
  classification: BlockClassification;
  sort: number;
  /** React Flow `type` of a new node of this kind (`custom`, `custom-simple`, ...). */
  flowType: string;
  /** Schema of `data` (from `src/dsl/node-data`). */
  schema: z.ZodType;
  /** Data of a new node, without type, title and desc. */
  defaults(ctx: SpecContext): Record<string, unknown>;
  /** Output variables others can reference (4.4 step 2), without error_message/error_type. */
  outputs(data: DslNodeData, ctx: SpecContext): OutputVar[];
  /** Source handles, without fail-branch (added to any node with error_strategy fail-branch). */
  sourceHandles(data: DslNodeData): HandleSpec[];
  hasTargetHandle: boolean;
  /** The node's own checklist rule (6.1 step 2): its first problem as a sentence. */
  check(data: DslNodeData, ctx: SpecContext): string | undefined;
  /** Selectors the node reads (4.5), `{{#...#}}` references included. */
  usedSelectors(data: DslNodeData): ValueSelector[];
  /** Offers error_strategy (llm, tool, http-request, code, agent). */
  errorStrategy: boolean;
  /** Offers retry (llm, tool, http-request, code). */
  retry: boolean;
  singleton?: boolean;
  /** A root: start, triggers, datasource. */
  isStart?: boolean;
  /** Only in these app modes (end: workflow; answer: advanced-chat). */
  appModes?: AppMode[];
  /** Iteration and loop hold children. */
  container?: 'iteration' | 'loop';
  /** A plugin's output schema may add outputs that cannot be listed offline (tool, agent). */
  openOutputs?: boolean;
  /** Can run without a server (tool, agent, knowledge-retrieval need pinned outputs). */
  runsLocally: boolean;
}

export const SOURCE: HandleSpec[] = [{ id: 'source' }];
export const NO_HANDLES: HandleSpec[] = [];
export const ERROR_OUTPUTS: OutputVar[] = [
  { variable: 'error_message', type: 'string' },
  { variable: 'error_type', type: 'string' },
];

/** The sub-fields every file value exposes (dify-dsl.md 4.1, 4.4). */
export const FILE_CHILDREN: OutputVar[] = [
  { variable: 'name', type: 'string' },
  { variable: 'size', type: 'number' },
  { variable: 'type', type: 'string' },
  { variable: 'extension', type: 'string' },
  { variable: 'mime_type', type: 'string' },
  { variable: 'url', type: 'string' },
  { variable: 'related_id', type: 'string' },
];

/** A list from data, or [] when absent or malformed (imported data is never trusted to be whole). */
export function listOf<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function recordOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function selectorOf(value: unknown): ValueSelector {
  return Array.isArray(value) && value.every((p) => typeof p === 'string') ? (value as string[]) : [];
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Schemas for the DSL file around the graph: app, dependencies, workflow, variables. */
import { z } from 'zod';
import { bool, loose, num, str } from './common';

export const APP_MODES = ['workflow', 'advanced-chat'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const appSchema = loose({
  name: str.nullish(),
  mode: str,
  icon: str.nullish(),
  icon_type: str.nullish(),
  icon_background: str.nullish(),
  description: str.nullish(),
  use_icon_as_answer_icon: bool.nullish(),
});

export const dependencySchema = loose({
  type: str,
  value: z.record(z.string(), z.unknown()),
  current_identifier: str.nullish(),
});

/** Env, conversation and RAG pipeline variables. Dify requires name, value_type and a non-null value. */
export const workflowVariableSchema = loose({
  id: str.nullish(),
  name: str,
  description: str.nullish(),
  selector: z.array(str).nullish(),
  value_type: str,
  value: z.unknown().refine((v) => v !== null && v !== undefined, 'value is required (use "" or [] for empty, not null)'),
});

export const ragPipelineVariableSchema = z.record(z.string(), z.unknown());

export const positionSchema = loose({ x: num, y: num });

export const nodeEnvelopeSchema = loose({
  id: str.min(1, 'node id must not be empty'),
  type: str.nullish(),
  data: loose({ type: str.nullish() }),
  position: positionSchema.nullish(),
  positionAbsolute: positionSchema.nullish(),
  parentId: str.nullish(),
  width: num.nullish(),
  height: num.nullish(),
  zIndex: num.nullish(),
});

export const edgeSchema = loose({
  id: str.nullish(),
  source: str,
  target: str,
  sourceHandle: str.nullish(),
  targetHandle: str.nullish(),
  type: str.nullish(),
  data: z.record(z.string(), z.unknown()).nullish(),
  zIndex: num.nullish(),
});

export const viewportSchema = loose({ x: num, y: num, zoom: num });

export const graphSchema = loose({
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()).nullish(),
  viewport: viewportSchema.nullish(),
});

export const workflowSchema = loose({
  graph: graphSchema,
  features: z.record(z.string(), z.unknown()).nullish(),
  environment_variables: z.array(workflowVariableSchema).nullish(),
  conversation_variables: z.array(workflowVariableSchema).nullish(),
  rag_pipeline_variables: z.array(ragPipelineVariableSchema).nullish(),
});

export const dslFileSchema = loose({
  version: z.unknown().optional(),
  kind: str.nullish(),
  app: appSchema,
  dependencies: z.array(dependencySchema).nullish(),
  workflow: workflowSchema,
});

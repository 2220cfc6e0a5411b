/**
 * Messages between the page and the engine worker, validated with zod on receipt in both
 * directions (a trust boundary: the worker runs user code). Small and serialisable.
 */
import { z } from 'zod';

const record = z.record(z.string(), z.unknown());

const endpoint = z.object({ baseUrl: z.string(), apiKey: z.string().optional(), model: z.string().optional() });
export const llmSettingsSchema = z.object({ default: endpoint.optional(), providers: z.record(z.string(), endpoint).optional() });

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run'),
    runId: z.string().min(1),
    /** The DSL document as plain data (structured clone). */
    document: z.looseObject({ app: z.looseObject({ mode: z.string() }), workflow: z.looseObject({ graph: z.looseObject({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }) }) }),
    inputs: record.optional(),
    pins: z.record(z.string(), record).optional(),
    llm: llmSettingsSchema.optional(),
    limits: z.object({ maxSteps: z.number().int().positive().optional(), maxTimeMs: z.number().positive().optional(), maxConcurrency: z.number().int().positive().optional() }).optional(),
  }),
  z.object({ type: z.literal('stop'), runId: z.string() }),
  z.object({ type: z.literal('ping'), id: z.number() }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

const scope = { iterationId: z.string().optional(), iterationIndex: z.number().optional(), loopId: z.string().optional(), loopIndex: z.number().optional() };
const nodeStatus = z.enum(['running', 'succeeded', 'failed', 'exception', 'stopped', 'skipped']);

export const engineEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('workflow_started'), runId: z.string(), at: z.number() }),
  z.object({
    type: z.literal('workflow_finished'), runId: z.string(), status: z.enum(['running', 'succeeded', 'partial-succeeded', 'failed', 'stopped']),
    outputs: record, error: z.string().optional(), reason: z.string().optional(), elapsedMs: z.number(), steps: z.number(), exceptions: z.number(),
  }),
  z.object({ type: z.literal('node_started'), nodeId: z.string(), nodeType: z.string(), title: z.string(), at: z.number(), ...scope }),
  z.object({
    type: z.literal('node_finished'), nodeId: z.string(), nodeType: z.string(), title: z.string(), status: nodeStatus,
    inputs: record.optional(), outputs: record.optional(), processData: record.optional(), error: z.string().optional(), errorType: z.string().optional(),
    elapsedMs: z.number(), retryIndex: z.number(), pinned: z.boolean().optional(), ...scope,
  }),
  z.object({ type: z.literal('node_retry'), nodeId: z.string(), retryIndex: z.number(), error: z.string(), ...scope }),
  z.object({ type: z.literal('text_chunk'), text: z.string(), fromNodeId: z.string().optional() }),
  z.object({ type: z.literal('iteration_next'), nodeId: z.string(), index: z.number() }),
  z.object({ type: z.literal('loop_next'), nodeId: z.string(), index: z.number() }),
]);

export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('events'), runId: z.string(), events: z.array(engineEventSchema) }),
  z.object({ type: z.literal('done'), runId: z.string(), result: z.looseObject({ status: z.string(), outputs: record, nodes: z.array(z.unknown()) }) }),
  z.object({ type: z.literal('error'), runId: z.string(), message: z.string() }),
  z.object({ type: z.literal('pong'), id: z.number() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

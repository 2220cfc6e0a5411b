/**
 * Messages between the page and the layout worker, checked with zod on receipt both ways (as the
 * engine worker's protocol.ts), and the layout result as plain arrays (Maps do not pass zod's
 * record checks and arrays clone cheaply). Pure: used by the worker, the page and Node tests.
 */
import { z } from 'zod';
import type { DslDocument } from '../../dsl';
import type { LayoutResult } from './auto-layout';

const xy = z.object({ x: z.number(), y: z.number() });
const size = z.object({ width: z.number(), height: z.number() });

export const toLayoutWorkerSchema = z.object({
  type: z.literal('layout'),
  id: z.number().int(),
  /** The DSL document as plain data (structured clone). */
  document: z.looseObject({ workflow: z.looseObject({ graph: z.looseObject({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }) }) }),
});
export type ToLayoutWorker = z.infer<typeof toLayoutWorkerSchema>;

export const fromLayoutWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: z.number().int(), positions: z.array(z.tuple([z.string(), xy])), sizes: z.array(z.tuple([z.string(), size])) }),
  z.object({ type: z.literal('error'), id: z.number().int(), message: z.string() }),
]);
export type FromLayoutWorker = z.infer<typeof fromLayoutWorkerSchema>;

export function layoutRequest(id: number, document: DslDocument): ToLayoutWorker {
  return { type: 'layout', id, document: document as unknown as ToLayoutWorker['document'] };
}

export function encodeLayout(id: number, result: LayoutResult): FromLayoutWorker {
  return { type: 'result', id, positions: [...result.positions], sizes: [...result.sizes] };
}

export function decodeLayout(message: Extract<FromLayoutWorker, { type: 'result' }>): LayoutResult {
  return { positions: new Map(message.positions), sizes: new Map(message.sizes) };
}

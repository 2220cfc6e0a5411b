/**
 * The layout worker's work, apart from the worker global so Node tests run it: a message in,
 * ELK's layout of its document out (or the reason it failed). Never throws.
 */
import type { DslDocument } from '../../dsl';
import { autoLayout, type AutoLayoutOptions } from './auto-layout';
import { encodeLayout, toLayoutWorkerSchema, type FromLayoutWorker } from './layout-protocol';

export async function answerLayoutRequest(data: unknown, options: AutoLayoutOptions = {}): Promise<FromLayoutWorker> {
  const request = toLayoutWorkerSchema.safeParse(data);
  const id = typeof (data as { id?: unknown } | null)?.id === 'number' ? (data as { id: number }).id : -1;
  if (!request.success) return { type: 'error', id, message: `bad layout request: ${request.error.issues[0]?.message ?? 'invalid'}` };
  try {
    return encodeLayout(request.data.id, await autoLayout(request.data.document as unknown as DslDocument, options));
  } catch (e) {
    return { type: 'error', id: request.data.id, message: e instanceof Error ? e.message : String(e) };
  }
}

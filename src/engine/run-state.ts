/** What every scope of one run shares: options, limits, the event stream, records, counters. */
import type { DslDocument } from '../dsl';
import type { EngineEvent, RunScope } from './events';
import type { RunServices } from './node-executor';
import { DEFAULT_LIMITS, type NodeRunRecord, type Pins, type RunLimits, type RunOptions } from './run-options';

export class RunStopped extends Error {}

export class RunState {
  readonly doc: DslDocument;
  readonly services: RunServices;
  readonly limits: RunLimits;
  readonly pins: Pins;
  readonly inputs: Record<string, unknown>;
  readonly runId: string;
  readonly startedAt = Date.now();
  readonly records: NodeRunRecord[] = [];
  /** Aborted by the user's stop, a limit, or an unhandled failure at the top level. */
  readonly abort = new AbortController();
  /** Declared types of conversation variables and loop variables, by `head.name`. */
  readonly declaredTypes = new Map<string, string>();
  steps = 0;
  exceptions = 0;
  stopReason?: string;
  private readonly onEvent?: (event: EngineEvent) => void;

  constructor(options: RunOptions) {
    this.doc = options.document;
    this.services = options.services;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.pins = options.pins ?? {};
    this.inputs = options.inputs ?? {};
    this.runId = options.runId ?? `run-${this.startedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.onEvent = options.onEvent;
    for (const v of this.doc.workflow.conversation_variables ?? []) {
      this.declaredTypes.set(`conversation.${v.name}`, v.value_type === 'integer' || v.value_type === 'float' ? 'number' : v.value_type);
    }
    for (const n of this.doc.workflow.graph.nodes) {
      if (n.data.type !== 'loop' || !Array.isArray(n.data.loop_variables)) continue;
      for (const v of n.data.loop_variables as { label?: unknown; var_type?: unknown }[]) {
        if (typeof v?.label === 'string' && typeof v.var_type === 'string') this.declaredTypes.set(`${n.id}.${v.label}`, v.var_type);
      }
    }
    if (options.signal) {
      if (options.signal.aborted) this.stop('Stopped by the user.');
      else options.signal.addEventListener('abort', () => this.stop('Stopped by the user.'), { once: true });
    }
  }

  emit(event: EngineEvent): void {
    try {
      this.onEvent?.(event);
    } catch {
      /* a listener's fault must not break the run */
    }
  }

  stop(reason: string): void {
    if (this.abort.signal.aborted) return;
    this.stopReason = reason;
    this.abort.abort(new RunStopped(reason));
  }

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** Resolves after ms; rejects as soon as the run stops. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(new RunStopped(this.stopReason));
      const timer = setTimeout(() => {
        this.abort.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new RunStopped(this.stopReason));
      };
      this.abort.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  record(nodeId: string, type: string, title: string, scope: RunScope): NodeRunRecord {
    const rec: NodeRunRecord = { id: nodeId, type, title, status: 'running', elapsedMs: 0, retries: 0, ...scope };
    this.records.push(rec);
    return rec;
  }
}

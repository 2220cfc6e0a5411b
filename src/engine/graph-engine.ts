/**
 * runWorkflow: runs a Dify workflow with Dify's semantics, streaming events as it goes, and
 * always ends with a terminal status and a reason. Pure TypeScript: the same code runs in the
 * browser's worker, in the CLI and in unit tests.
 */
import type { WorkflowRunStatus } from './events';
import { GraphBuildError, buildScope, topLevelRoots, validateGraph } from './graph-scope';
import { ResponseCoordinator } from './response-coordinator';
import type { RunOptions, RunResult } from './run-options';
import { RunState } from './run-state';
import { ScopeRun } from './scope-run';
import { VariablePool } from './variable-pool';

function seedPool(options: RunOptions, runId: string): VariablePool {
  const { document: doc } = options;
  const pool = new VariablePool();
  for (const v of doc.workflow.environment_variables ?? []) pool.set('env', v.name, v.value);
  for (const v of doc.workflow.conversation_variables ?? []) pool.set('conversation', v.name, structuredClone(v.value));
  for (const [k, v] of Object.entries(options.conversation ?? {})) pool.set('conversation', k, v);
  const inputs = options.inputs ?? {};
  const sys: Record<string, unknown> = {
    files: inputs['sys.files'] ?? [],
    user_id: 'flowpad-user',
    app_id: 'flowpad-app',
    workflow_id: 'flowpad-workflow',
    workflow_run_id: runId,
    timestamp: Math.floor(Date.now() / 1000),
  };
  if (doc.app.mode === 'advanced-chat') {
    Object.assign(sys, { query: inputs['sys.query'] ?? '', conversation_id: 'flowpad-conversation', dialogue_count: 1 });
  }
  pool.setAll('sys', { ...sys, ...options.system });
  return pool;
}

export async function runWorkflow(options: RunOptions): Promise<RunResult> {
  const run = new RunState(options);
  const started = performance.now();
  run.emit({ type: 'workflow_started', runId: run.runId, at: Date.now() });
  const pool = seedPool(options, run.runId);
  const timer = setTimeout(() => run.stop(`Stopped: the run exceeded the time limit of ${Math.round(run.limits.maxTimeMs / 1000)} s.`), run.limits.maxTimeMs);
  let status: WorkflowRunStatus = 'succeeded';
  let error: string | undefined;
  try {
    validateGraph(options.document);
    const scope = buildScope(options.document, undefined);
    const roots = topLevelRoots(scope);
    const root = options.rootId ? roots.find((r) => r.id === options.rootId) : roots[0];
    if (!root) throw new GraphBuildError(options.rootId ? `There is no start node with id ${options.rootId}.` : 'The workflow has no start node: add a User Input (start) block.');
    const responses = new ResponseCoordinator(scope, root.id, pool, (text, fromNodeId) => run.emit({ type: 'text_chunk', text, ...(fromNodeId ? { fromNodeId } : {}) }));
    const body = await new ScopeRun({
      run, scope, pool, root: root.id, otherRoots: roots.filter((r) => r !== root).map((r) => r.id), where: {}, topLevel: true, responses,
    }).execute();
    if (body.status === 'failed') {
      status = 'failed';
      error = body.error;
    } else if (body.status === 'stopped') {
      status = 'stopped';
      error = run.stopReason;
    } else if (run.exceptions > 0) status = 'partial-succeeded';
  } catch (e) {
    status = 'failed';
    error = e instanceof Error ? e.message : String(e);
  } finally {
    clearTimeout(timer);
  }
  if (status === 'failed') run.abort.abort();
  const outputs: Record<string, unknown> = {};
  let answer: string | undefined;
  for (const rec of run.records) {
    if (rec.status !== 'succeeded' || rec.iterationId || rec.loopId) continue;
    if (rec.type === 'end') Object.assign(outputs, rec.outputs);
    if (rec.type === 'answer') answer = (answer ?? '') + String(rec.outputs?.answer ?? '');
  }
  if (answer !== undefined) outputs.answer = answer;
  const elapsedMs = performance.now() - started;
  const reason = status === 'stopped' ? run.stopReason : undefined;
  run.emit({ type: 'workflow_finished', runId: run.runId, status, outputs, ...(error ? { error } : {}), ...(reason ? { reason } : {}), elapsedMs, steps: run.steps, exceptions: run.exceptions });
  const conversation = pool.entries('conversation');
  return {
    runId: run.runId, status, outputs, ...(answer !== undefined ? { answer } : {}), ...(error ? { error } : {}), ...(reason ? { reason } : {}),
    nodes: run.records, elapsedMs, steps: run.steps, exceptions: run.exceptions, conversation,
  };
}

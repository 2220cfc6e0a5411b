/**
 * `flowpad run FILE [--inputs JSON] [--pins PINS.json] [--json]`: runs a workflow headless with
 * the same engine as the browser. Exit 0 succeeded or partial-succeeded, 1 failed or stopped,
 * 2 bad input (usage, unreadable or invalid file, malformed inputs or pins).
 */
import { z } from 'zod';
import { parse } from '../../dsl/parse';
import { runWorkflow } from '../../engine/graph-engine';
import type { EngineEvent } from '../../engine/events';
import type { RunOptions, RunResult } from '../../engine/run-options';
import { llmSettingsFromEnv } from '../../engine/llm/openai-client';
import type { RunRequest } from '../../worker/engine-client';
import { createEngineThreadClient } from '../engine-thread-client';
import { parseCommandArgs } from '../args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeReadError, type CliIo } from '../cli-io';
import type { NodeServices } from '../node-services';
import { RUN_USAGE } from '../usage';

const inputsSchema = z.record(z.string(), z.unknown());
const pinsSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

export interface RunDeps {
  /** Run in this thread with these services (tests); by default the engine runs in a worker thread. */
  services?: () => NodeServices;
  env?: Record<string, string | undefined>;
}

function jsonReport(result: RunResult) {
  return {
    status: result.status,
    outputs: result.outputs,
    error: result.error ?? result.reason ?? null,
    nodes: result.nodes.map((n) => ({
      id: n.id, type: n.type, title: n.title, status: n.status, inputs: n.inputs ?? null, outputs: n.outputs ?? null,
      error: n.error ?? null, elapsed_ms: Math.round(n.elapsedMs * 100) / 100,
      ...(n.pinned ? { pinned: true } : {}), ...(n.iterationId ? { iteration_id: n.iterationId, iteration_index: n.iterationIndex } : {}),
      ...(n.loopId ? { loop_id: n.loopId, loop_index: n.loopIndex } : {}),
    })),
  };
}

const MARK: Record<string, string> = { succeeded: 'ok ', exception: 'exc', failed: 'ERR', stopped: 'STP', skipped: '-- ', running: '.. ' };

function humanEvent(io: CliIo, e: EngineEvent): void {
  if (e.type === 'text_chunk') io.stdout(e.text);
  else if (e.type === 'node_finished') {
    const where = e.iterationId !== undefined ? ` [iteration ${e.iterationIndex}]` : e.loopId !== undefined ? ` [loop round ${e.loopIndex}]` : '';
    io.stderr(`${MARK[e.status] ?? e.status} ${e.title || e.nodeId} (${e.nodeType})${where} ${e.elapsedMs.toFixed(1)} ms${e.pinned ? ' pinned' : ''}${e.error ? `: ${e.error}` : ''}\n`);
  } else if (e.type === 'node_retry') io.stderr(`    retry ${e.retryIndex} of ${e.nodeId}: ${e.error}\n`);
}

function parseJsonArg(text: string, what: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function runCommand(args: string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  const parsed = parseCommandArgs(args, {
    inputs: { type: 'string' }, pins: { type: 'string' }, json: { type: 'boolean' },
    'max-steps': { type: 'string' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  const usage = (message: string) => {
    io.stderr(`flowpad run: ${message}\n\n${RUN_USAGE}`);
    return EXIT_USAGE;
  };
  if (!parsed.ok) return usage(parsed.message);
  if (parsed.values.help) {
    io.stdout(RUN_USAGE);
    return EXIT_OK;
  }
  const [file, ...extra] = parsed.files;
  if (file === undefined || extra.length > 0) return usage(file === undefined ? 'no FILE given' : `exactly one FILE expected, got ${parsed.files.length}`);

  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    io.stderr(`flowpad run: ${describeReadError(file, e)}\n`);
    return EXIT_USAGE;
  }
  const doc = parse(text);
  if (!doc.ok) {
    io.stderr(`flowpad run: ${file} does not import:\n${doc.errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`);
    return EXIT_USAGE;
  }

  let inputs: Record<string, unknown> = {};
  if (typeof parsed.values.inputs === 'string') {
    const j = parseJsonArg(parsed.values.inputs, '--inputs');
    if (!j.ok) return usage(j.message);
    const checked = inputsSchema.safeParse(j.value);
    if (!checked.success) return usage('--inputs must be a JSON object of start variables, e.g. {"query": "hello"}');
    inputs = checked.data;
  }
  let pins: Record<string, Record<string, unknown>> = {};
  if (typeof parsed.values.pins === 'string') {
    let pinText: string;
    try {
      pinText = await io.readText(parsed.values.pins);
    } catch (e) {
      io.stderr(`flowpad run: --pins ${describeReadError(parsed.values.pins, e)}\n`);
      return EXIT_USAGE;
    }
    const j = parseJsonArg(pinText, `--pins ${parsed.values.pins}`);
    if (!j.ok) return usage(j.message);
    const checked = pinsSchema.safeParse(j.value);
    if (!checked.success) return usage(`--pins ${parsed.values.pins} must be {"<nodeId>": {"<output>": value}}`);
    pins = checked.data;
    const ids = new Set(doc.document.workflow.graph.nodes.map((n) => n.id));
    for (const id of Object.keys(pins)) if (!ids.has(id)) io.stderr(`flowpad run: warning: --pins names node ${id}, which is not in ${file}\n`);
  }
  const maxSteps = parsed.values['max-steps'] === undefined ? undefined : Number(parsed.values['max-steps']);
  const timeoutS = parsed.values.timeout === undefined ? undefined : Number(parsed.values.timeout);
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps > 0)) return usage('--max-steps must be a positive whole number');
  if (timeoutS !== undefined && !(timeoutS > 0)) return usage('--timeout must be a positive number of seconds');

  const env = deps.env ?? process.env;
  const json = parsed.values.json === true;
  const limits = { ...(maxSteps ? { maxSteps } : {}), ...(timeoutS ? { maxTimeMs: timeoutS * 1000 } : {}) };
  const onEvent = json ? undefined : (e: EngineEvent) => humanEvent(io, e);
  const result = await (deps.services
    ? runInProcess(deps.services, { document: doc.document, inputs, pins, limits, onEvent })
    : runInThread({ document: doc.document, inputs, pins, limits, llm: llmSettingsFromEnv(env) }, onEvent));
  if (json) io.stdout(`${JSON.stringify(jsonReport(result), null, 2)}\n`);
  else {
    io.stdout(`\n`);
    io.stderr(`\n${result.status}${result.error ? `: ${result.error}` : ''}${result.reason && !result.error ? `: ${result.reason}` : ''} (${result.nodes.length} node runs, ${result.elapsedMs.toFixed(0)} ms)\n`);
    io.stdout(`${JSON.stringify(result.outputs, null, 2)}\n`);
  }
  return result.status === 'succeeded' || result.status === 'partial-succeeded' ? EXIT_OK : EXIT_INVALID;
}

/** Tests inject services and run in this thread. */
async function runInProcess(makeServices: () => NodeServices, options: Omit<RunOptions, 'services'>): Promise<RunResult> {
  const services = makeServices();
  try {
    return await runWorkflow({ ...options, services });
  } finally {
    await services.dispose();
  }
}

/** The CLI itself runs the engine in a worker thread with a watchdog, as the browser does. */
async function runInThread(request: RunRequest, onEvent: ((e: EngineEvent) => void) | undefined): Promise<RunResult> {
  const client = createEngineThreadClient();
  try {
    return await client.run(request, (events) => events.forEach((e) => onEvent?.(e))).done;
  } catch (e) {
    return { runId: '', status: 'failed', error: e instanceof Error ? e.message : String(e), outputs: {}, nodes: [], elapsedMs: 0, steps: 0, exceptions: 0, conversation: {} };
  } finally {
    client.dispose();
  }
}

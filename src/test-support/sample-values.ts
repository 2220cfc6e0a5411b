/**
 * Plausible values for a declared type, so workflows whose server-only nodes (LLM, tools,
 * knowledge retrieval, HTTP) are pinned can run offline: start inputs and pinned outputs.
 */
import type { DslDocument, DslNode } from '../dsl';
import { FILE_MARKER, type FileValue } from '../engine/file-value';
import type { Pins } from '../engine/run-options';
import { listOf, recordOf, type OutputVar } from '../nodes/node-spec';
import { specFor } from '../nodes/specs';

export const sampleFile: FileValue = {
  dify_model_identity: FILE_MARKER, type: 'document', transfer_method: 'remote_url', filename: 'sample.txt',
  extension: '.txt', mime_type: 'text/plain', size: 12, url: 'http://127.0.0.1:9/sample.txt', text: 'sample text.',
};

export function sampleValue(type: string, children?: OutputVar[]): unknown {
  if (type === 'string' || type === 'secret') return 'sample text';
  if (type === 'number' || type === 'integer' || type === 'float') return 1;
  if (type === 'boolean') return true;
  if (type === 'file') return sampleFile;
  if (type === 'object') return Object.fromEntries((children ?? []).map((c) => [c.variable, sampleValue(c.type, c.children)]));
  const m = /^array\[(.+)\]$/.exec(type);
  if (m) return [sampleValue(m[1]!)];
  if (type === 'array') return [{}];
  return 'sample text';
}

const PINNED_TYPES = new Set(['llm', 'question-classifier', 'parameter-extractor', 'http-request', 'tool', 'agent', 'knowledge-retrieval', 'document-extractor']);

/** Pins for every node that needs a network, a model or a Dify server. */
export function samplePins(doc: DslDocument): Pins {
  const pins: Pins = {};
  for (const node of doc.workflow.graph.nodes) {
    const spec = specFor(node.data.type);
    if (!spec || !(PINNED_TYPES.has(node.data.type) || !spec.runsLocally) || spec.isStart) continue;
    const outputs: Record<string, unknown> = {};
    for (const o of spec.outputs(node.data, { appMode: doc.app.mode })) outputs[o.variable] = sampleValue(o.type, o.children);
    if (node.data.type === 'tool' || node.data.type === 'agent') Object.assign(outputs, { text: 'sample text', files: [], json: [{}] });
    if (node.data.type === 'question-classifier') {
      const first = recordOf(listOf(node.data.classes)[0]);
      Object.assign(outputs, { class_id: String(first.id ?? '1'), class_name: String(first.name ?? '') });
    }
    if (node.data.type === 'http-request') Object.assign(outputs, { body: '{"result": "sample text"}', status_code: 200, headers: {}, files: [] });
    pins[node.id] = outputs;
  }
  return pins;
}

/** Start inputs that satisfy each start variable's type, options and length. */
export function sampleInputs(doc: DslDocument): Record<string, unknown> {
  const start = doc.workflow.graph.nodes.find((n: DslNode) => n.data.type === 'start');
  const inputs: Record<string, unknown> = {};
  for (const v of listOf(start?.data.variables).map(recordOf)) {
    const name = String(v.variable ?? '');
    if (!name) continue;
    const type = String(v.type ?? 'text-input');
    const options = listOf<string>(v.options);
    const max = typeof v.max_length === 'number' && v.max_length > 0 ? v.max_length : 48;
    if (type === 'select') inputs[name] = options[0] ?? 'sample';
    else if (type === 'number') inputs[name] = 1;
    else if (type === 'checkbox') inputs[name] = true;
    else if (type === 'file') inputs[name] = sampleFile;
    else if (type === 'file-list') inputs[name] = [sampleFile];
    else if (type === 'json_object') inputs[name] = {};
    else inputs[name] = 'sample'.slice(0, max);
  }
  if (doc.app.mode === 'advanced-chat') inputs['sys.query'] = 'hello';
  return inputs;
}

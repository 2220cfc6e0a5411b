/**
 * parse(text): a Dify DSL file -> the document, or errors with paths a person can follow.
 * The document is the data exactly as it came (nothing added, renamed or dropped), so an
 * untouched import exports unchanged. Schemas only check it.
 */
import { readYaml } from './yaml/read-yaml';
import { detectAllowUnicode } from './yaml/pyyaml-emitter';
import { checkVersion, type ImportStatus } from './version';
import { APP_MODES, dslFileSchema, edgeSchema, nodeEnvelopeSchema } from './schema/top-level';
import { nodeDataSchemaFor } from './node-data';
import { zodIssuesToErrors } from './zod-issues';
import { describeValue } from './issue-path';
import type { DslDocument, DslError, DslWarning, SourceFormat } from './types';

export type ParseResult =
  | { ok: true; document: DslDocument; warnings: DslWarning[]; status: ImportStatus; version: string; format: SourceFormat }
  | { ok: false; errors: DslError[] };

/** Errors reported at most; a badly broken file would otherwise list thousands. */
const MAX_ERRORS = 50;

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function nodeLabel(node: unknown): string {
  if (!isMapping(node)) return '';
  const data = isMapping(node.data) ? node.data : {};
  const title = typeof data.title === 'string' && data.title ? `"${data.title}" ` : '';
  const type = typeof data.type === 'string' && data.type ? `${data.type} ` : '';
  return `${type}node ${title}(id ${typeof node.id === 'string' ? node.id : '?'})`.trim();
}

export function parse(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '(root)', message: 'expected YAML text' }] };
  const read = readYaml(text);
  if (!read.ok) return { ok: false, errors: read.errors.map((e) => ({ path: '(yaml)', ...e })) };
  const data = read.value;
  if (!isMapping(data)) {
    return { ok: false, errors: [{ path: '(root)', message: `This is not a Dify DSL file: expected a mapping with app, workflow and version at the top, got ${describeValue(data)}` }] };
  }

  const errors: DslError[] = [];
  const warnings: DslWarning[] = [];

  const version = checkVersion(data.version);
  if (!version.ok) errors.push({ path: 'version', message: version.message });
  else if (version.message) {
    const code = version.status === 'pending' ? 'version-newer' : data.version == null ? 'version-missing' : 'version-older';
    warnings.push({ code, path: 'version', message: version.message, needsConfirmation: version.status === 'pending' });
  }

  if (data.kind !== undefined && data.kind !== 'app') {
    warnings.push({ code: 'kind', path: 'kind', message: `kind is ${describeValue(data.kind)}; Dify reads every file as kind 'app'` });
  }

  if (!isMapping(data.app)) {
    errors.push({ path: 'app', message: 'Missing app data: the file needs an app mapping with name and mode' });
  } else if (typeof data.app.mode !== 'string') {
    errors.push({ path: 'app.mode', message: 'Missing app mode: app.mode must be workflow or advanced-chat' });
  } else if (!(APP_MODES as readonly string[]).includes(data.app.mode)) {
    errors.push({ path: 'app.mode', message: `App mode '${data.app.mode}' has no workflow graph; Flowpad opens workflow and advanced-chat (chatflow) apps` });
  }
  if (!isMapping(data.workflow)) {
    errors.push({ path: 'workflow', message: 'Missing workflow data: a workflow or chatflow file needs workflow.graph with nodes and edges' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const file = dslFileSchema.safeParse(data);
  if (!file.success) errors.push(...zodIssuesToErrors(file.error.issues, data));

  const workflow = data.workflow as Record<string, unknown>;
  const graph = isMapping(workflow.graph) ? workflow.graph : undefined;
  if (graph && Array.isArray(graph.nodes)) {
    checkNodes(graph.nodes, errors, warnings);
    if (graph.edges == null) {
      graph.edges = [];
      warnings.push({ code: 'edges-missing', path: 'workflow.graph.edges', message: 'The graph has no edges list; an empty one was added' });
    } else if (Array.isArray(graph.edges)) {
      checkEdges(graph.edges, errors);
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  if (!version.ok) throw new Error('unreachable: version errors return above');
  return {
    ok: true,
    document: data as DslDocument,
    warnings,
    status: version.status,
    version: version.version,
    format: { allowUnicode: detectAllowUnicode(text) },
  };
}

function checkNodes(nodes: unknown[], errors: DslError[], warnings: DslWarning[]): void {
  const seen = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const prefix = ['workflow', 'graph', 'nodes', i];
    const envelope = nodeEnvelopeSchema.safeParse(node);
    if (!envelope.success) {
      errors.push(...zodIssuesToErrors(envelope.error.issues, node, prefix, nodeLabel(node) || `node ${i}`));
      return;
    }
    const { id, data } = envelope.data;
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({ path: `workflow.graph.nodes[${i}].id`, message: `node id '${id}' is used twice (also by workflow.graph.nodes[${first}]); ids must be unique` });
    } else seen.set(id, i);
    const type = data.type ?? '';
    if (type === '') return; // notes and canvas-only nodes: preserved, never executed
    const schema = nodeDataSchemaFor(type);
    if (!schema) {
      warnings.push({ code: 'unknown-node-type', path: `workflow.graph.nodes[${i}].data.type`, message: `${nodeLabel(node)} has the block type '${type}', which Flowpad does not know; it is kept as it is and cannot run here` });
      return;
    }
    const result = schema.safeParse(data);
    if (!result.success) errors.push(...zodIssuesToErrors(result.error.issues, data, [...prefix, 'data'], nodeLabel(node)));
  });
}

function checkEdges(edges: unknown[], errors: DslError[]): void {
  edges.forEach((edge, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const result = edgeSchema.safeParse(edge);
    if (!result.success) errors.push(...zodIssuesToErrors(result.error.issues, edge, ['workflow', 'graph', 'edges', i], `edge ${i}`));
  });
}

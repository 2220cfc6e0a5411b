/**
 * serialize(document): the document -> DSL YAML as Dify writes it (PyYAML layout, keys sorted
 * at every depth, `version` a string). UI-only `_` keys inside node and edge data are dropped,
 * as Dify drops them on save; everything else is written as it is.
 */
import { dumpPyYaml } from './yaml/pyyaml-emitter';
import type { DslDocument, SourceFormat } from './types';

export interface SerializeOptions {
  /** Defaults to the file's own format, or Dify's (allow_unicode) for new documents. */
  format?: SourceFormat;
  /** Export secret environment variables with empty values (the UI's default choice). */
  omitSecrets?: boolean;
}

function withoutUiKeys<T>(data: T): T {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const entries = Object.entries(data as Record<string, unknown>).filter(([k]) => !k.startsWith('_'));
  if (entries.length === Object.keys(data as object).length) return data;
  return Object.fromEntries(entries) as T;
}

export function exportData(document: DslDocument, options: SerializeOptions = {}): DslDocument {
  const graph = document.workflow.graph;
  const nodes = graph.nodes.map((n) => (n.data ? { ...n, data: withoutUiKeys(n.data) } : n));
  const edges = graph.edges.map((e) => (e.data ? { ...e, data: withoutUiKeys(e.data) } : e));
  const workflow = { ...document.workflow, graph: { ...graph, nodes, edges } };
  if (options.omitSecrets && Array.isArray(workflow.environment_variables)) {
    workflow.environment_variables = workflow.environment_variables.map((v) => (v.value_type === 'secret' ? { ...v, value: '' } : v));
  }
  const out: DslDocument = { ...document, workflow };
  if (typeof out.version === 'number') out.version = String(out.version);
  return out;
}

export function serialize(document: DslDocument, options: SerializeOptions = {}): string {
  return dumpPyYaml(exportData(document, options), { allowUnicode: options.format?.allowUnicode ?? true });
}

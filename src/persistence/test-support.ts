/** Shared by the persistence tests: a fresh fake-indexeddb database per test, and real DSL documents. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DslDocument, type SourceFormat } from '../dsl';
import { openDraftDb, type DraftDb } from './draft-db';

let counter = 0;

/** A database nobody else uses; its name is returned so a second connection can open it. */
export async function freshDb(): Promise<{ db: DraftDb; name: string }> {
  const name = `flowpad-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
  return { db: await openDraftDb({ name }), name };
}

export function fixtureText(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8');
}

export function fixtureDocument(file = 'workflow-logic-blocks.yml'): { document: DslDocument; format: SourceFormat } {
  const parsed = parse(fixtureText(file));
  if (!parsed.ok) throw new Error(`fixture ${file} does not parse: ${parsed.errors[0]?.message}`);
  return { document: parsed.document, format: parsed.format };
}

/** An edit as the editor makes it: a new document object, the first node moved. */
export function movedFirstNode(document: DslDocument, dx: number): DslDocument {
  const [first, ...rest] = document.workflow.graph.nodes;
  if (!first) throw new Error('document has no node');
  const position = { x: (first.position?.x ?? 0) + dx, y: first.position?.y ?? 0 };
  const graph = { ...document.workflow.graph, nodes: [{ ...first, position }, ...rest] };
  return { ...document, workflow: { ...document.workflow, graph } };
}

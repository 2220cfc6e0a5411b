import { beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { documentStore } from '../store/document-store';
import { newWorkflow } from '../store/new-workflow';
import { workflow, startNode } from '../test-support/workflow-builder';
import { importDroppedFiles, importDslText, importFlow, looksLikeDsl, offerPastedDsl } from './import-flow';

const good = () => {
  const doc = workflow([{ ...startNode([]), id: 's1' }], []);
  doc.app.name = 'Dropped one';
  return stringify(doc);
};
const pending = () => importFlow.getState().pending;

beforeEach(() => {
  documentStore.getState().openParsed({ ok: true, document: newWorkflow(5), format: { allowUnicode: true }, warnings: [], status: 'completed', version: '0.6.0' });
  importFlow.setState({ pending: null });
});

describe('import flow', () => {
  it('opens a DSL that parses', () => {
    importDslText('a.yml', good());
    expect(documentStore.getState().document.app.name).toBe('Dropped one');
    expect(pending()).toBeNull();
  });

  it('shows the errors of a broken file and leaves the open workflow untouched', () => {
    const before = documentStore.getState().document;
    importDslText('broken.yml', 'app: {mode: workflow, name: x}\nkind: app\nversion: 0.6.0\nworkflow:\n  graph:\n    nodes: [{id: "1"}]\n    edges: []\n');
    expect(documentStore.getState().document).toBe(before);
    expect(pending()).toMatchObject({ kind: 'errors', file: 'broken.yml', errors: [expect.objectContaining({ path: expect.stringContaining('workflow.graph.nodes[0]') })] });
  });

  it('asks before opening a newer DSL version', () => {
    const before = documentStore.getState().document;
    importDslText('new.yml', good().replace(/version: .*/, 'version: 9.0.0'));
    expect(pending()?.kind).toBe('confirm');
    expect(documentStore.getState().document).toBe(before);
  });

  it('tells pasted DSL text from other text, and asks before replacing the open workflow', () => {
    expect(looksLikeDsl(good())).toBe(true);
    expect(looksLikeDsl('workflow:\n  graph: {}')).toBe(true);
    expect(looksLikeDsl('just some words: app: here')).toBe(false);
    expect(looksLikeDsl('  app: indented')).toBe(false);
    expect(offerPastedDsl('hello')).toBe(false);
    expect(pending()).toBeNull();
    const before = documentStore.getState().document;
    expect(offerPastedDsl(good())).toBe(true);
    expect(pending()).toEqual({ kind: 'paste', text: good() });
    expect(documentStore.getState().document).toBe(before);
  });

  it('imports one dropped file and refuses several with a pointer to the library import', async () => {
    const file = (name: string) => new File([good()], name, { type: 'application/x-yaml' });
    const before = documentStore.getState().document;
    importDroppedFiles([file('a.yml'), file('b.yml')]);
    expect(pending()).toMatchObject({ kind: 'notice', text: expect.stringContaining('Import files') });
    expect(documentStore.getState().document).toBe(before);
    importDroppedFiles([file('a.yml')]);
    await expect.poll(() => documentStore.getState().document.app.name).toBe('Dropped one');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { importFiles } from './import-files';
import { createLibrary } from './library';
import { fixtureDocument, fixtureText, freshDb } from './test-support';

const FILES = ['workflow-logic-blocks.yml', 'chatflow-all-blocks.yml', 'workflow-llm-end.yml'];

describe('importing many files at once', () => {
  it('imports every good file and reports the broken one on its own', async () => {
    const { db } = await freshDb();
    const files = [
      ...FILES.map((name) => ({ name, text: fixtureText(name) })),
      { name: 'broken.yml', text: 'app: [this is not\n  valid: yaml' },
      { name: 'not-dify.yml', text: 'just: a mapping\n' },
    ];
    const results = await importFiles(db, files);
    expect(results.map((r) => [r.file, r.outcome])).toEqual([
      ['workflow-logic-blocks.yml', 'imported'],
      ['chatflow-all-blocks.yml', 'imported'],
      ['workflow-llm-end.yml', 'imported'],
      ['broken.yml', 'failed'],
      ['not-dify.yml', 'failed'],
    ]);
    const broken = results[3];
    expect(broken?.outcome === 'failed' && broken.errors.length).toBeGreaterThan(0);
    const library = createLibrary(db);
    expect((await library.list()).workflows).toHaveLength(3);
    const first = results[0];
    if (first?.outcome !== 'imported') throw new Error('expected an import');
    const read = await library.open(first.workflowId);
    expect(read.ok && read.record.document).toEqual(fixtureDocument(FILES[0]).document);
  });

  it('asks before importing a newer DSL version, and imports it when accepted', async () => {
    const { db } = await freshDb();
    const newer = fixtureText('workflow-llm-end.yml').replace(/^version: .*$/m, "version: '9.0.0'");
    const asked = await importFiles(db, [{ name: 'newer.yml', text: newer }]);
    expect(asked[0]?.outcome).toBe('needs-confirmation');
    expect(await db.count('workflows')).toBe(0);
    const accepted = await importFiles(db, [{ name: 'newer.yml', text: newer }], { acceptNewerVersions: true });
    expect(accepted[0]?.outcome).toBe('imported');
    expect(await db.count('workflows')).toBe(1);
  });

  it('writes nothing when storage refuses part of the batch', async () => {
    const { db } = await freshDb();
    const originalAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalAdd.apply(this, args);
    });
    try {
      const results = await importFiles(db, FILES.map((name) => ({ name, text: fixtureText(name) })));
      expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed']);
      const first = results[0];
      expect(first?.outcome === 'failed' && first.errors[0]?.message).toMatch(/Nothing was imported.*QuotaExceededError/);
    } finally {
      add.mockRestore();
    }
    expect(calls).toBe(2);
    expect(await db.count('workflows')).toBe(0);
  });
});

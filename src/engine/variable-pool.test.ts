import { describe, expect, it } from 'vitest';
import { VariablePool } from './variable-pool';
import { FILE_MARKER } from './file-value';

describe('variable pool', () => {
  const pool = new VariablePool();
  pool.setAll('llm', { text: 'hi', structured_output: { user: { name: 'Ada' } }, n: 3, tags: ['a', 'b'] });
  pool.set('sys', 'query', 'q?');
  pool.set('start', 'doc', { dify_model_identity: FILE_MARKER, filename: 'a.pdf', extension: '.pdf', size: 12, type: 'document', transfer_method: 'local_file', mime_type: 'application/pdf' });

  it('reads nested keys and file attributes', () => {
    expect(pool.get(['llm', 'structured_output', 'user', 'name'])).toBe('Ada');
    expect(pool.get(['start', 'doc', 'name'])).toBe('a.pdf');
    expect(pool.get(['start', 'doc', 'size'])).toBe(12);
    expect(pool.has(['llm', 'missing'])).toBe(false);
    expect(pool.get(['llm', 'text', 'deeper'])).toBeUndefined();
  });

  it('reads legacy [startId, sys.query] as [sys, query]', () => {
    expect(pool.get(['start', 'sys.query'])).toBe('q?');
  });

  it('renders templates, leaving the bare path for unresolved references', () => {
    expect(pool.render('{{#llm.text#}} / {{#llm.n#}} / {{#llm.tags#}} / {{#nope.x#}}').text).toBe('hi / 3 / ["a", "b"] / nope.x');
    expect(pool.render('{{#llm.tags#}}').markdown).toBe('- a\n- b');
    expect(pool.render('{{#sys.query#}}').text).toBe('q?');
  });

  it('clones deeply', () => {
    const copy = pool.clone();
    (copy.get(['llm', 'structured_output']) as { user: { name: string } }).user.name = 'Bob';
    expect(pool.get(['llm', 'structured_output', 'user', 'name'])).toBe('Ada');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../dsl';
import { corpusFiles, hasCorpus } from '../test-support/corpus';
import { RENDER_VISIBLE_ONLY_ABOVE, rendersVisibleOnly } from './visible-elements';

describe('rendering only the elements in view', () => {
  it('starts above the threshold, so the 1,000-node benchmark graph is virtualized', () => {
    expect(rendersVisibleOnly(RENDER_VISIBLE_ONLY_ABOVE)).toBe(false);
    expect(rendersVisibleOnly(RENDER_VISIBLE_ONLY_ABOVE + 1)).toBe(true);
    expect(rendersVisibleOnly(1000)).toBe(true);
  });

  // The corpus e2e expect every node of a file in the DOM: none of those files may cross it.
  it.skipIf(!hasCorpus)('leaves every corpus workflow fully rendered', () => {
    const sizes = corpusFiles().flatMap((f) => {
      const result = parse(f.text);
      return result.ok ? [{ name: f.name, nodes: result.document.workflow.graph.nodes.length }] : [];
    });
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => rendersVisibleOnly(s.nodes))).toEqual([]);
  });
});

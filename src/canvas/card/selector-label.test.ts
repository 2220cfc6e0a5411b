import { describe, expect, it } from 'vitest';
import { selectorLabel, selectorText, titleIndex } from './selector-label';
import type { DslNode } from '../../dsl';

const titles: Record<string, string> = { '1711': 'User Input', blank: '' };
const titleOf = (id: string) => titles[id];

describe('selectorLabel', () => {
  it('names the node by its title and joins the path', () => {
    expect(selectorLabel(['1711', 'file', 'name'], titleOf)).toEqual({ node: 'User Input', variable: 'file.name' });
    expect(selectorText(selectorLabel(['1711', 'q'], titleOf)!)).toBe('User Input / q');
  });

  it('falls back to the node id when the title is unknown or empty', () => {
    expect(selectorLabel(['gone', 'x'], titleOf)).toEqual({ node: 'gone', variable: 'x' });
    expect(selectorLabel(['blank', 'x'], titleOf)).toEqual({ node: 'blank', variable: 'x' });
  });

  it('writes global scopes as dotted names', () => {
    expect(selectorText(selectorLabel(['sys', 'query'], titleOf)!)).toBe('sys.query');
    // Older files reach system variables through the start node.
    expect(selectorText(selectorLabel(['1711', 'sys.query'], titleOf)!)).toBe('sys.query');
    expect(selectorLabel(['env', 'KEY'], titleOf)).toEqual({ variable: 'env.KEY' });
  });

  it('has no label for a selector shorter than two parts', () => {
    expect(selectorLabel(['1711'], titleOf)).toBeUndefined();
    expect(selectorLabel([], titleOf)).toBeUndefined();
  });
});

describe('titleIndex', () => {
  it('maps ids to titles and is reused for the same nodes array', () => {
    const nodes: DslNode[] = [{ id: 'a', data: { type: 'code', title: 'Code' } }, { id: 'b', data: { type: '' } }];
    const index = titleIndex(nodes);
    expect(index.get('a')).toBe('Code');
    expect(index.get('b')).toBe('');
    expect(titleIndex(nodes)).toBe(index);
    expect(titleIndex([...nodes])).not.toBe(index);
  });
});

/**
 * After ELK: nodes of one layer are centred on the layer's tallest node (Dify's organize step,
 * dify-dsl.md 6.7). A layer is one column of one connected component (same component, same x).
 *
 * Dify moves every node of a layer onto the tallest node's centre line; with several nodes in a
 * column that would pile them on top of each other, so here each node moves towards that centre
 * line only as far as the node spacing allows: a column is drawn together around its tallest
 * node, and a one-node layer is left as ELK placed it.
 */
import type { DslEdge, XY } from '../../dsl';
import type { Size } from './elk-graph';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function componentsOf(ids: readonly string[], edges: readonly DslEdge[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    parent.set(find(e.source), find(e.target));
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

function centreColumn(column: Box[], gap: number): void {
  column.sort((a, b) => a.y - b.y);
  let tallest = 0;
  column.forEach((box, i) => {
    if (box.height > column[tallest]!.height) tallest = i;
  });
  const centre = column[tallest]!.y + column[tallest]!.height / 2;
  for (let i = tallest + 1; i < column.length; i++) {
    const above = column[i - 1]!;
    const box = column[i]!;
    box.y = Math.max(centre - box.height / 2, above.y + above.height + gap);
  }
  for (let i = tallest - 1; i >= 0; i--) {
    const below = column[i + 1]!;
    const box = column[i]!;
    box.y = Math.min(centre - box.height / 2, below.y - gap - box.height);
  }
}

/** New positions (top-left) with every layer centred on its tallest node; the input is not changed. */
export function centreLayers(positions: ReadonlyMap<string, XY>, sizes: ReadonlyMap<string, Size>, edges: readonly DslEdge[], gap: number): Map<string, XY> {
  const component = componentsOf([...positions.keys()], edges);
  const columns = new Map<string, Box[]>();
  for (const [id, at] of positions) {
    const size = sizes.get(id) ?? { width: 0, height: 0 };
    const key = `${component.get(id)}@${Math.round(at.x)}`;
    const box = { id, x: at.x, y: at.y, ...size };
    const column = columns.get(key);
    if (column) column.push(box);
    else columns.set(key, [box]);
  }
  const out = new Map<string, XY>();
  for (const column of columns.values()) {
    centreColumn(column, gap);
    for (const box of column) out.set(box.id, { x: box.x, y: box.y });
  }
  return out;
}

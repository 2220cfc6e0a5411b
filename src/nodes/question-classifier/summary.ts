/** What a question-classifier card shows (2.6): one row per class, its handle on that row. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, textOf } from '../node-spec';

export interface ClassRow {
  id: string;
  label: string;
  name: string;
}

export function classRows(data: DslNodeData): ClassRow[] {
  return listOf(data.classes).map(recordOf).map((c, i) => ({ id: String(c.id ?? ''), label: `CLASS ${i + 1}`, name: textOf(c.name) }));
}

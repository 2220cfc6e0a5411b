/** What a loop container's title bar shows (2.14): its round limit and loop variables. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, textOf } from '../node-spec';

export function loopBadge(data: DslNodeData): string {
  const rounds = typeof data.loop_count === 'number' ? data.loop_count : 10;
  const vars = listOf(data.loop_variables).map(recordOf).map((v) => textOf(v.label)).filter(Boolean);
  return vars.length > 0 ? `max ${rounds} rounds · ${vars.join(', ')}` : `max ${rounds} rounds`;
}

/** What an iteration container's title bar shows (2.13): parallel mode and error handling. */
import type { DslNodeData } from '../../dsl';

const ERROR_MODES: Record<string, string> = { 'continue-on-error': 'continue on error', 'remove-abnormal-output': 'remove failed outputs' };

export function iterationBadge(data: DslNodeData): string {
  const parts: string[] = [];
  if (data.is_parallel === true) parts.push(`parallel ×${typeof data.parallel_nums === 'number' ? data.parallel_nums : 10}`);
  const mode = typeof data.error_handle_mode === 'string' ? data.error_handle_mode : '';
  if (Object.hasOwn(ERROR_MODES, mode)) parts.push(ERROR_MODES[mode]!);
  return parts.join(' · ');
}

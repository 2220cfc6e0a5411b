/** The sys.* variables Dify offers, by app mode (dify-dsl.md 4.3). */
import type { AppMode } from '../dsl';
import type { OutputVar } from '../nodes/node-spec';

/** The SYSTEM group. */
export function globalSystemVariables(mode: AppMode): OutputVar[] {
  const vars: OutputVar[] = [];
  if (mode === 'advanced-chat') {
    vars.push({ variable: 'dialogue_count', type: 'number' }, { variable: 'conversation_id', type: 'string' });
  }
  vars.push(
    { variable: 'user_id', type: 'string' },
    { variable: 'app_id', type: 'string' },
    { variable: 'workflow_id', type: 'string' },
    { variable: 'workflow_run_id', type: 'string' },
  );
  if (mode === 'workflow') vars.push({ variable: 'timestamp', type: 'number' });
  return vars;
}

/** Selector heads that are not node ids. */
export const SPECIAL_SELECTOR_HEADS = new Set(['sys', 'env', 'conversation', 'rag']);

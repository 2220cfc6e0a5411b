/** What a human-input card shows (2.20): how the form is delivered, one row per action, then timeout. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, textOf } from '../node-spec';

export { TIMEOUT_HANDLE } from './spec';

export function deliveryMethods(data: DslNodeData): string[] {
  return listOf(data.delivery_methods).map(recordOf).filter((m) => m.enabled !== false).map((m) => textOf(m.type)).filter(Boolean);
}

export function actionRows(data: DslNodeData): { id: string; title: string }[] {
  // Actions without an id have no handle (the spec skips them too).
  return listOf(data.user_actions).map(recordOf).filter((a) => textOf(a.id) !== '').map((a) => ({ id: textOf(a.id), title: textOf(a.title) || textOf(a.id) }));
}

export function timeoutText(data: DslNodeData): string {
  const amount = typeof data.timeout === 'number' ? data.timeout : 3;
  const unit = data.timeout_unit === 'hour' ? 'hour' : 'day';
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** What trigger cards show (2.21): the schedule, the webhook's method, the plugin's event. */
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, textOf } from '../node-spec';

export function scheduleText(data: DslNodeData): string {
  const zone = textOf(data.timezone) || 'UTC';
  if (data.mode === 'cron') return `cron ${textOf(data.cron_expression) || '(not set)'} · ${zone}`;
  const config = recordOf(data.visual_config);
  const frequency = textOf(data.frequency) || 'daily';
  const time = textOf(config.time) || '12:00 AM';
  if (frequency === 'hourly') return `Hourly at minute ${typeof config.on_minute === 'number' ? config.on_minute : 0} · ${zone}`;
  if (frequency === 'weekly') return `Weekly on ${listOf<string>(config.weekdays).join(', ') || '—'} at ${time} · ${zone}`;
  if (frequency === 'monthly') return `Monthly on ${listOf<string | number>(config.monthly_days).join(', ') || '—'} at ${time} · ${zone}`;
  return `Daily at ${time} · ${zone}`;
}

export function webhookText(data: DslNodeData): string {
  return [(textOf(data.method) || 'post').toUpperCase(), textOf(data.content_type)].filter(Boolean).join(' · ');
}

export function pluginEventText(data: DslNodeData): string {
  return [textOf(data.provider_name) || textOf(data.provider_id), textOf(data.event_label) || textOf(data.event_name)].filter(Boolean).join(' / ');
}

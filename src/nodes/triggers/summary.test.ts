import { describe, expect, it } from 'vitest';
import { pluginEventText, scheduleText, webhookText } from './summary';

describe('trigger summaries', () => {
  it('describes schedules', () => {
    expect(scheduleText({ type: 'trigger-schedule' })).toBe('Daily at 12:00 AM · UTC');
    expect(scheduleText({ type: 'trigger-schedule', mode: 'cron', cron_expression: '0 * * * *', timezone: 'Asia/Tokyo' })).toBe('cron 0 * * * * · Asia/Tokyo');
    expect(scheduleText({ type: 'trigger-schedule', frequency: 'weekly', visual_config: { time: '9:00 AM', weekdays: ['mon', 'fri'] } })).toBe('Weekly on mon, fri at 9:00 AM · UTC');
    expect(scheduleText({ type: 'trigger-schedule', frequency: 'hourly', visual_config: { on_minute: 15 } })).toBe('Hourly at minute 15 · UTC');
  });
  it('describes webhooks and plugin events', () => {
    expect(webhookText({ type: 'trigger-webhook', method: 'post', content_type: 'application/json' })).toBe('POST · application/json');
    expect(pluginEventText({ type: 'trigger-plugin', provider_name: 'github', event_label: 'Push' })).toBe('github / Push');
  });
});

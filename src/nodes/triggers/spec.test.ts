import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { cronProblem, triggerPluginSpec, triggerScheduleSpec, triggerWebhookSpec } from './spec';
import { breakFixture } from '../../test-support/node-fixtures';

// The corpus holds no trigger node (triggers are new in DSL 0.5.0), so the schemas are checked on
// our fixture (workflow-triggers-human-input.yml: one root of each kind) and on hand-made data only.

const workflow = { appMode: 'workflow' as const };
const FIXTURE = 'workflow-triggers-human-input.yml';

describe('triggers in the fixture', () => {
  it('parses the fixture, which has one root of each trigger kind', () => {
    const result = parse(readFileSync(join(fixturesDir, FIXTURE), 'utf8'));
    expect(result.ok && result.document.workflow.graph.nodes.map((n) => n.data.type).filter((t) => t.startsWith('trigger-')))
      .toEqual(['trigger-webhook', 'trigger-schedule', 'trigger-plugin']);
  });

  it('reports schedule weekdays that are not a list, with the full path', () => {
    const { prefix, errors } = breakFixture(FIXTURE, 'trigger-schedule', (d) => { recordOf(d.visual_config).weekdays = 'mon'; });
    expect(errors.find((e) => e.path === `${prefix}.visual_config.weekdays`)?.message)
      .toMatch(/trigger-schedule node "Schedule Trigger" \(id \d+\): expected a list, got the text "mon"/);
  });

  it('reports a webhook variable without a name', () => {
    const { prefix, errors } = breakFixture(FIXTURE, 'trigger-webhook', (d) => { delete recordOf(listOf(d.variables)[2]).variable; });
    expect(errors.find((e) => e.path === `${prefix}.variables[2].variable`)?.message).toMatch(/is required \(expected text\)/);
  });

  it('reports plugin event parameters that are a list', () => {
    const { prefix, errors } = breakFixture(FIXTURE, 'trigger-plugin', (d) => { d.event_parameters = []; });
    expect(errors.find((e) => e.path === `${prefix}.event_parameters`)?.message).toMatch(/expected a mapping, got a list/);
  });
});

describe('trigger-schedule spec', () => {
  const schedule = (extra: Record<string, unknown>): DslNodeData => ({ type: 'trigger-schedule', ...triggerScheduleSpec.defaults(workflow), ...extra });

  it('accepts its defaults: every day at midnight UTC', () => {
    expect(triggerScheduleSpec.schema.safeParse({ title: 'Schedule Trigger', ...schedule({}) }).success).toBe(true);
    expect(triggerScheduleSpec.check(schedule({}), workflow)).toBeUndefined();
  });

  it('checks mode, timezone and the visual settings of each frequency', () => {
    expect(triggerScheduleSpec.check(schedule({ mode: '' }), workflow)).toBe('Schedule mode is required');
    expect(triggerScheduleSpec.check(schedule({ timezone: 'Mars/Olympus' }), workflow)).toBe('Timezone "Mars/Olympus" is not a valid IANA timezone');
    expect(triggerScheduleSpec.check(schedule({ frequency: 'hourly', visual_config: { on_minute: 60 } }), workflow)).toBe('On minute must be a whole number from 0 to 59');
    expect(triggerScheduleSpec.check(schedule({ visual_config: { time: '13:00 PM' } }), workflow)).toBe('Time "13:00 PM" must look like 9:30 AM');
    expect(triggerScheduleSpec.check(schedule({ frequency: 'weekly', visual_config: { time: '9:00 AM', weekdays: [] } }), workflow)).toBe('Choose at least one weekday');
    expect(triggerScheduleSpec.check(schedule({ frequency: 'monthly', visual_config: { time: '9:00 AM', monthly_days: [0] } }), workflow)).toBe('Days of the month must be 1 to 31 or last');
    expect(triggerScheduleSpec.check(schedule({ frequency: 'monthly', visual_config: { time: '9:00 AM', monthly_days: [15, 'last'] } }), workflow)).toBeUndefined();
    expect(triggerScheduleSpec.check(schedule({ frequency: 'yearly' }), workflow)).toBe('Frequency must be hourly, daily, weekly or monthly, not "yearly"');
  });

  it('checks cron expressions field by field', () => {
    expect(triggerScheduleSpec.check(schedule({ mode: 'cron', cron_expression: ' ' }), workflow)).toBe('Cron expression is required');
    expect(triggerScheduleSpec.check(schedule({ mode: 'cron', cron_expression: '30 9 * * MON-FRI' }), workflow)).toBeUndefined();
    expect(cronProblem('*/15 0-6,22 1 JAN,jul ?')).toBeUndefined();
    expect(cronProblem('0 9 * *')).toBe('The cron expression needs 5 fields: minute hour day-of-month month day-of-week');
    expect(cronProblem('61 * * * *')).toBe('The cron expression\'s minute field "61" is invalid');
    expect(cronProblem('0 5-2 * * *')).toBe('The cron expression\'s hour field "5-2" is invalid');
    expect(cronProblem('0 0 ? 13 *')).toBe('The cron expression\'s month field "13" is invalid');
    expect(cronProblem('0 0 * * */0')).toBe('The cron expression\'s day of week field "*/0" is invalid');
  });

  it('is a workflow-only root with no outputs of its own', () => {
    expect(triggerScheduleSpec.outputs(schedule({}), workflow)).toEqual([]);
    expect(triggerScheduleSpec.sourceHandles(schedule({}))).toEqual([{ id: 'source' }]);
    expect([triggerScheduleSpec.isStart, triggerScheduleSpec.hasTargetHandle, triggerScheduleSpec.runsLocally]).toEqual([true, false, false]);
    expect(triggerScheduleSpec.appModes).toEqual(['workflow']);
  });
});

describe('trigger-webhook spec', () => {
  const webhook = (extra: Record<string, unknown>): DslNodeData => ({ type: 'trigger-webhook', ...triggerWebhookSpec.defaults(workflow), ...extra });

  it('outputs its variables, files with their sub-fields', () => {
    const data = webhook({ variables: [
      { variable: '_webhook_raw', value_type: 'object' }, { variable: 'draft' }, { variable: 'upload', value_type: 'file' }, { label: 'nameless' },
    ] });
    const outputs = triggerWebhookSpec.outputs(data, workflow);
    expect(outputs.map((o) => `${o.variable}:${o.type}`)).toEqual(['_webhook_raw:object', 'draft:string', 'upload:file']);
    expect(outputs[2]!.children?.map((c) => c.variable)).toContain('mime_type');
  });

  it('does not ask for the server-owned URL but checks method, content type and parameter types', () => {
    expect(triggerWebhookSpec.schema.safeParse({ title: 'Webhook Trigger', ...webhook({}) }).success).toBe(true);
    expect(triggerWebhookSpec.check(webhook({ webhook_url: '' }), workflow)).toBeUndefined();
    expect(triggerWebhookSpec.check(webhook({ method: 'TRACE' }), workflow)).toBe('HTTP method TRACE is not supported');
    expect(triggerWebhookSpec.check(webhook({ content_type: 'text/html' }), workflow)).toBe('Content type text/html is not supported');
    expect(triggerWebhookSpec.check(webhook({ body: [{ name: 'n', type: 'array[file]' }] }), workflow)).toBe('Parameter n has an invalid type array[file]');
    expect(triggerWebhookSpec.check(webhook({ params: [{ type: 'string' }] }), workflow)).toBe('Every query and body parameter needs a name');
  });
});

describe('trigger-plugin spec', () => {
  const plugin = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'trigger-plugin', provider_id: 'langgenius/github_trigger/github', event_name: 'push', event_parameters: {}, ...extra,
  });

  it('outputs the event output schema', () => {
    const data = plugin({ output_schema: { properties: { n: { type: 'integer' }, ids: { type: 'array', items: { type: 'integer' } }, repo: { type: 'object', properties: { name: { type: 'string' } } } } } });
    expect(triggerPluginSpec.outputs(data, workflow)).toEqual([
      { variable: 'n', type: 'integer' }, { variable: 'ids', type: 'array[number]' },
      { variable: 'repo', type: 'object', children: [{ variable: 'name', type: 'string' }] },
    ]);
  });

  it('needs an event and its required parameters, not the server-owned subscription', () => {
    expect(triggerPluginSpec.check(plugin({ subscription_id: '' }), workflow)).toBeUndefined();
    const fresh = { type: 'trigger-plugin', title: 'Plugin Trigger', ...triggerPluginSpec.defaults(workflow) };
    expect(triggerPluginSpec.schema.safeParse(fresh).success).toBe(true);
    expect(triggerPluginSpec.check(fresh, workflow)).toBe('Choose a plugin and an event to trigger on');
    const schema = [{ name: 'branch', required: true, label: { en_US: 'Branch' } }];
    expect(triggerPluginSpec.check(plugin({ parameters_schema: schema }), workflow)).toBe('Branch is required');
    expect(triggerPluginSpec.check(plugin({ parameters_schema: schema, event_parameters: { branch: { type: 'constant', value: 'main' } } }), workflow)).toBeUndefined();
  });
});

/** The trigger roots: workflow mode only, never together with a start node, run by Dify's servers. */
import { triggerPluginData, triggerScheduleData, triggerWebhookData } from '../../dsl/node-data/triggers';
import type { DslNodeData } from '../../dsl';
import { listOf, recordOf, SOURCE, textOf, type NodeSpec } from '../node-spec';
import { jsonSchemaVars } from '../json-schema-vars';
import { outputVar } from '../json-schema-vars';
import { isFilled } from '../plugin-inputs';

/** `any` is the extra "no specific value" mark the two day fields also accept. */
const CRON_FIELDS: { name: string; min: number; max: number; names: string[]; any?: string }[] = [
  { name: 'minute', min: 0, max: 59, names: [] },
  { name: 'hour', min: 0, max: 23, names: [] },
  { name: 'day of month', min: 1, max: 31, names: [], any: '?' },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], any: '?' },
];

/** Checks a five-field cron expression (lists, ranges, steps, month and weekday names). */
export function cronProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return 'The cron expression needs 5 fields: minute hour day-of-month month day-of-week';
  for (const [i, part] of parts.entries()) {
    const field = CRON_FIELDS[i]!;
    const value = (text: string): number => {
      if (/^\d+$/.test(text)) return Number(text);
      const index = field.names.indexOf(text.toUpperCase());
      return index < 0 ? Number.NaN : index + (field.name === 'month' ? 1 : 0);
    };
    const valid = part.split(',').every((item) => {
      const [range = '', step, extra] = item.split('/');
      if (extra !== undefined || (step !== undefined && !/^[1-9]\d*$/.test(step))) return false;
      if (range === '*' || range === field.any) return true;
      const [from = '', to = from, more] = range.split('-');
      const a = value(from);
      const b = value(to);
      return more === undefined && a >= field.min && b <= field.max && a <= b;
    });
    if (!valid) return `The cron expression's ${field.name} field "${part}" is invalid`;
  }
  return undefined;
}

const TIME = /^(0?[1-9]|1[0-2]):[0-5]\d (AM|PM)$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function visualProblem(frequency: string, config: Record<string, unknown>): string | undefined {
  if (frequency === 'hourly') {
    const minute = config.on_minute;
    return typeof minute === 'number' && Number.isInteger(minute) && minute >= 0 && minute <= 59 ? undefined : 'On minute must be a whole number from 0 to 59';
  }
  if (!['daily', 'weekly', 'monthly'].includes(frequency)) return `Frequency must be hourly, daily, weekly or monthly, not "${frequency}"`;
  const time = textOf(config.time);
  if (!time) return 'Time is required';
  if (!TIME.test(time)) return `Time "${time}" must look like 9:30 AM`;
  if (frequency === 'weekly') {
    const days = listOf<unknown>(config.weekdays);
    if (days.length === 0) return 'Choose at least one weekday';
    const wrong = days.find((d) => typeof d !== 'string' || !WEEKDAYS.includes(d));
    if (wrong !== undefined) return `Weekday ${String(wrong)} is not one of sun, mon, tue, wed, thu, fri, sat`;
  }
  if (frequency === 'monthly') {
    const days = listOf<unknown>(config.monthly_days);
    if (days.length === 0) return 'Choose at least one day of the month';
    if (days.some((d) => d !== 'last' && !(typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 31))) return 'Days of the month must be 1 to 31 or last';
  }
  return undefined;
}

function validTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const triggerBase = {
  classification: 'start' as const,
  flowType: 'custom',
  sourceHandles: () => SOURCE,
  hasTargetHandle: false,
  usedSelectors: () => [],
  errorStrategy: false,
  retry: false,
  isStart: true,
  appModes: ['workflow' as const],
  runsLocally: false,
};

export const triggerScheduleSpec: NodeSpec = {
  ...triggerBase,
  type: 'trigger-schedule',
  title: 'Schedule Trigger',
  sort: 2,
  schema: triggerScheduleData,
  defaults: () => ({
    mode: 'visual',
    frequency: 'daily',
    visual_config: { time: '12:00 AM', weekdays: ['sun'], on_minute: 0, monthly_days: [1] },
    timezone: 'UTC',
    cron_expression: '',
  }),
  outputs: () => [],
  check(data: DslNodeData) {
    const mode = textOf(data.mode);
    if (!mode) return 'Schedule mode is required';
    const zone = textOf(data.timezone);
    if (zone && !validTimezone(zone)) return `Timezone "${zone}" is not a valid IANA timezone`;
    if (mode === 'cron') {
      const cron = textOf(data.cron_expression).trim();
      return cron ? cronProblem(cron) : 'Cron expression is required';
    }
    if (mode !== 'visual') return `Schedule mode must be visual or cron, not "${mode}"`;
    const frequency = textOf(data.frequency);
    if (!frequency) return 'Frequency is required';
    if (data.visual_config == null) return 'Schedule settings are required';
    return visualProblem(frequency, recordOf(data.visual_config));
  },
};

const WEBHOOK_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
const CONTENT_TYPES = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream'];
const PARAMETER_TYPES = ['string', 'number', 'boolean', 'object', 'file', 'array[string]', 'array[number]', 'array[boolean]', 'array[object]'];

/** The webhook's URL is a Dify server concept (blanked on export), so it is not asked for here. */
export const triggerWebhookSpec: NodeSpec = {
  ...triggerBase,
  type: 'trigger-webhook',
  title: 'Webhook Trigger',
  sort: 3,
  schema: triggerWebhookData,
  defaults: () => ({
    webhook_url: '',
    method: 'POST',
    content_type: 'application/json',
    headers: [],
    params: [],
    body: [],
    async_mode: true,
    status_code: 200,
    response_body: '',
    variables: [{ variable: '_webhook_raw', label: 'raw', value_type: 'object', value_selector: [], required: true }],
  }),
  outputs: (data) => listOf(data.variables).map(recordOf).filter((v) => textOf(v.variable))
    .map((v) => outputVar(textOf(v.variable), textOf(v.value_type) || 'string')),
  check(data: DslNodeData) {
    const method = textOf(data.method);
    if (method && !WEBHOOK_METHODS.includes(method.toLowerCase())) return `HTTP method ${method} is not supported`;
    const contentType = textOf(data.content_type);
    if (contentType && !CONTENT_TYPES.includes(contentType)) return `Content type ${contentType} is not supported`;
    for (const p of [...listOf(data.params), ...listOf(data.body)].map(recordOf)) {
      if (!textOf(p.name)) return 'Every query and body parameter needs a name';
      if (p.type != null && !PARAMETER_TYPES.includes(textOf(p.type))) return `Parameter ${textOf(p.name)} has an invalid type ${String(p.type)}`;
    }
    return undefined;
  },
};

/** The Dify server owns `subscription_id` (blanked on export), so only the event and its inputs are checked. */
export const triggerPluginSpec: NodeSpec = {
  ...triggerBase,
  openOutputs: true,
  type: 'trigger-plugin',
  title: 'Plugin Trigger',
  sort: 1,
  schema: triggerPluginData,
  defaults: () => ({ plugin_id: '', event_name: '', event_parameters: {}, config: {} }),
  outputs: (data) => jsonSchemaVars(data.output_schema),
  check(data: DslNodeData) {
    if (!textOf(data.provider_id) || !textOf(data.event_name)) return 'Choose a plugin and an event to trigger on';
    const parameters = recordOf(data.event_parameters);
    const config = recordOf(data.config);
    for (const field of listOf(data.parameters_schema).map(recordOf)) {
      const name = textOf(field.name) || textOf(field.variable);
      if (field.required === true && name && !isFilled(parameters[name] ?? config[name])) {
        return `${textOf(recordOf(field.label).en_US) || textOf(field.label) || name} is required`;
      }
    }
    return undefined;
  },
};

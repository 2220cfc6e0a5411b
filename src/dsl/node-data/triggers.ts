/** The three trigger roots (DSL 0.5.0+, workflow mode only, never together with a start node). */
import { z } from 'zod';
import { baseNodeDataShape, bool, loose, num, optionalSelector, str } from '../schema/common';

const mapping = z.record(z.string(), z.unknown());

export const visualScheduleConfig = loose({
  time: str.nullish(),
  weekdays: z.array(str).nullish(),
  on_minute: num.nullish(),
  monthly_days: z.array(z.union([num, str])).nullish(),
});

export const triggerScheduleData = loose({
  ...baseNodeDataShape,
  mode: str.nullish(),
  frequency: str.nullish(),
  cron_expression: str.nullish(),
  visual_config: visualScheduleConfig.nullish(),
  timezone: str.nullish(),
  /** Set by Dify's exporter to the default schedule; kept as it is. */
  config: mapping.nullish(),
});

export const webhookParameter = loose({
  name: str.nullish(),
  type: str.nullish(),
  required: bool.nullish(),
});

export const webhookVariable = loose({
  variable: str,
  label: str.nullish(),
  value_type: str.nullish(),
  value_selector: optionalSelector,
  required: bool.nullish(),
});

export const triggerWebhookData = loose({
  ...baseNodeDataShape,
  method: str.nullish(),
  content_type: str.nullish(),
  headers: z.array(webhookParameter).nullish(),
  params: z.array(webhookParameter).nullish(),
  body: z.array(webhookParameter).nullish(),
  async_mode: bool.nullish(),
  status_code: num.nullish(),
  response_body: str.nullish(),
  timeout: num.nullish(),
  variables: z.array(webhookVariable).nullish(),
  /** Server-owned; Dify's exporter blanks both. */
  webhook_url: str.nullish(),
  webhook_debug_url: str.nullish(),
});

export const triggerPluginData = loose({
  ...baseNodeDataShape,
  provider_id: str.nullish(),
  provider_type: str.nullish(),
  provider_name: str.nullish(),
  event_name: str.nullish(),
  event_label: str.nullish(),
  event_parameters: mapping.nullish(),
  event_configurations: mapping.nullish(),
  output_schema: mapping.nullish(),
  parameters_schema: z.array(mapping).nullish(),
  subscription_id: str.nullish(),
  plugin_id: str.nullish(),
  plugin_unique_identifier: str.nullish(),
  config: mapping.nullish(),
  event_node_version: str.nullish(),
});

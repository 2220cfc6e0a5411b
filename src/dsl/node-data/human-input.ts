import { z } from 'zod';
import { baseNodeDataShape, bool, loose, num, optionalSelector, str } from '../schema/common';

const emailConfig = loose({
  recipients: loose({
    whole_workspace: bool.nullish(),
    items: z.array(loose({ type: str.nullish(), user_id: str.nullish(), email: str.nullish() })).nullish(),
  }).nullish(),
  subject: str.nullish(),
  /** May hold `{{#url#}}` (the form link) and `{{#node.var#}}` references. */
  body: str.nullish(),
  debug_mode: bool.nullish(),
});

export const deliveryMethod = loose({
  id: str.nullish(),
  type: str,
  enabled: bool.nullish(),
  config: emailConfig.nullish(),
});

export const formInput = loose({
  type: str.nullish(),
  output_variable_name: str,
  default: loose({ type: str.nullish(), selector: optionalSelector, value: z.unknown().optional() }).nullish(),
});

/** A button; its `id` is the id of the node's source handle for that branch. */
export const userAction = loose({
  id: str,
  title: str.nullish(),
  button_style: str.nullish(),
});

/** human-input (DSL 0.6.0): a form a person fills in; the run pauses until they press an action. */
export const humanInputData = loose({
  ...baseNodeDataShape,
  delivery_methods: z.array(deliveryMethod).nullish(),
  form_content: str.nullish(),
  inputs: z.array(formInput).nullish(),
  user_actions: z.array(userAction).nullish(),
  timeout: num.nullish(),
  timeout_unit: z.enum(['hour', 'day']).nullish(),
});

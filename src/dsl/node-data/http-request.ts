import { z } from 'zod';
import { baseNodeDataShape, bool, loose, num, optionalSelector, str } from '../schema/common';

export const httpAuthorization = loose({
  type: str,
  config: loose({
    type: str.nullish(),
    api_key: str.nullish(),
    header: str.nullish(),
  }).nullish(),
});

/** One body item: `{id?, key, type: text|file, value, file: selector}`. */
export const httpBodyItem = loose({
  id: str.nullish(),
  key: str.nullish(),
  type: str.nullish(),
  value: str.nullish(),
  file: optionalSelector,
});

/**
 * `data` is a list of items, or a legacy string. Checked by hand rather than as a union so that
 * an error inside an item keeps its full path (`body.data[0].key`), not just `body.data`.
 */
const bodyItems = z.array(httpBodyItem);
const bodyData = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string' || value === null || value === undefined) return;
  const result = bodyItems.safeParse(value);
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
});

export const httpBody = loose({
  type: str,
  data: bodyData.optional(),
});

export const httpTimeout = loose({
  connect: num.nullish(),
  read: num.nullish(),
  write: num.nullish(),
  max_connect_timeout: num.nullish(),
  max_read_timeout: num.nullish(),
  max_write_timeout: num.nullish(),
});

/** Real http-request nodes carry retry counts and intervals as numbers or as numeric text. */
const retryCount = z.union([num, str]).nullish();

/** http-request: method, url template, `key:value` line strings for headers/params, body, timeouts. */
export const httpRequestData = loose({
  ...baseNodeDataShape,
  method: str.nullish(),
  url: str.nullish(),
  authorization: httpAuthorization.nullish(),
  headers: str.nullish(),
  params: str.nullish(),
  body: httpBody.nullish(),
  timeout: httpTimeout.nullish(),
  ssl_verify: bool.nullish(),
  variables: z.array(z.unknown()).nullish(),
  retry_config: loose({
    retry_enabled: bool.nullish(),
    max_retries: retryCount,
    retry_interval: retryCount,
  }).nullish(),
});

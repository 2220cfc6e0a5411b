/** HTTP Request (dify-dsl.md 2.10): a templated request; outputs body, status_code, headers, files. */
import type { DslNodeData, ValueSelector } from '../../dsl';
import { httpRequestData } from '../../dsl/node-data/http-request';
import { templateSelectors } from '../../dsl/template-refs';
import { listOf, recordOf, selectorOf, SOURCE, textOf, type NodeSpec } from '../node-spec';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;
export const BODY_TYPES = ['none', 'form-data', 'x-www-form-urlencoded', 'raw-text', 'json', 'binary'] as const;

/** What an http-request node with retry starts with (also what Dify adds on load when it is missing). */
export const HTTP_DEFAULT_RETRY = { retry_enabled: true, max_retries: 3, retry_interval: 100 };

/** Body items, whichever form `body.data` has (a legacy string is one raw value). */
export function bodyItems(data: DslNodeData): Record<string, unknown>[] {
  const body = recordOf(data.body);
  if (typeof body.data === 'string') return [{ type: 'text', value: body.data }];
  return listOf(body.data).map(recordOf);
}

export const httpRequestSpec: NodeSpec = {
  type: 'http-request',
  title: 'HTTP Request',
  classification: 'utilities',
  sort: 1,
  flowType: 'custom',
  schema: httpRequestData,
  defaults: () => ({
    variables: [],
    method: 'get',
    url: '',
    authorization: { type: 'no-auth', config: null },
    headers: '',
    params: '',
    body: { type: 'none', data: [] },
    ssl_verify: true,
    timeout: { max_connect_timeout: 0, max_read_timeout: 0, max_write_timeout: 0 },
    retry_config: { ...HTTP_DEFAULT_RETRY },
  }),
  outputs: () => [
    { variable: 'body', type: 'string' },
    { variable: 'status_code', type: 'number' },
    { variable: 'headers', type: 'object' },
    { variable: 'files', type: 'array[file]' },
  ],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check(data) {
    if (!textOf(data.url).trim()) return 'URL is required';
    const body = recordOf(data.body);
    if (body.type === 'binary' && !bodyItems(data).some((item) => selectorOf(item.file).length > 0)) {
      return 'A file variable is required for a binary body';
    }
    return undefined;
  },
  usedSelectors(data) {
    const out: ValueSelector[] = [];
    for (const text of [data.url, data.headers, data.params]) out.push(...templateSelectors(text));
    for (const item of bodyItems(data)) {
      out.push(...templateSelectors(item.key), ...templateSelectors(item.value));
      const file = selectorOf(item.file);
      if (file.length > 0) out.push(file);
    }
    return out;
  },
  errorStrategy: true,
  retry: true,
  runsLocally: true,
};

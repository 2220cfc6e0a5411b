/** zod issues -> errors a person understands, each with the full DSL path. */
import type { z } from 'zod';
import type { DslError } from './types';
import { describeValue, formatPath } from './issue-path';

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', object: 'a mapping', array: 'a list',
  record: 'a mapping', map: 'a mapping', nonoptional: 'a value',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function zodIssuesToErrors(issues: readonly z.core.$ZodIssue[], root: unknown, prefix: readonly PropertyKey[] = [], context = ''): DslError[] {
  return issues.map((issue) => {
    const fullPath = [...prefix, ...issue.path];
    const actual = valueAt(root, issue.path);
    let message: string;
    if (issue.code === 'invalid_type') {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      message = actual === undefined ? `is required (expected ${expected})` : `expected ${expected}, got ${describeValue(actual)}`;
    } else if (issue.code === 'invalid_value') {
      message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(actual)}`;
    } else if (issue.code === 'invalid_union') {
      message = `has an unexpected shape: got ${describeValue(actual)}`;
    } else {
      message = issue.message;
    }
    return { path: formatPath(fullPath), message: context ? `${context}: ${message}` : message };
  });
}

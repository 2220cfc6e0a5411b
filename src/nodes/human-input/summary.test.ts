import { describe, expect, it } from 'vitest';
import { actionRows, deliveryMethods, timeoutText } from './summary';

describe('human-input summary', () => {
  const data = { type: 'human-input', delivery_methods: [{ type: 'webapp', enabled: true }, { type: 'email', enabled: false }], user_actions: [{ id: 'approve', title: 'Approve' }, { id: 'reject', title: '' }, { title: 'no id' }], timeout: 1, timeout_unit: 'hour' };
  it('lists enabled delivery methods', () => expect(deliveryMethods(data)).toEqual(['webapp']));
  it('gives one row per action, titled by title or id', () => expect(actionRows(data)).toEqual([{ id: 'approve', title: 'Approve' }, { id: 'reject', title: 'reject' }]));
  it('writes the timeout with Dify defaults', () => {
    expect(timeoutText(data)).toBe('1 hour');
    expect(timeoutText({ type: 'human-input' })).toBe('3 days');
  });
});

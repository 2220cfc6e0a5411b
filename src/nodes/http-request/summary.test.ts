import { describe, expect, it } from 'vitest';
import { requestLine } from './summary';

describe('requestLine', () => {
  it('upper-cases the method and keeps the URL', () => {
    expect(requestLine({ type: 'http-request', method: 'post', url: 'https://x.test/{{#s.q#}}' })).toEqual({ method: 'POST', url: 'https://x.test/{{#s.q#}}' });
    expect(requestLine({ type: 'http-request' })).toEqual({ method: 'GET', url: '' });
  });
});

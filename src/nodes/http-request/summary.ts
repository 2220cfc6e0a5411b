/** What an HTTP request card shows (2.10): the method and the URL. */
import type { DslNodeData } from '../../dsl';
import { textOf } from '../node-spec';

export function requestLine(data: DslNodeData): { method: string; url: string } {
  return { method: (textOf(data.method) || 'get').toUpperCase(), url: textOf(data.url) };
}

import { describe, expect, it } from 'vitest';
import { workflow } from '../../test-support/workflow-builder';
import { loadEndpoint, saveEndpoint, toLlmSettings } from './llm-settings';
import { startInputFields, toInputs } from './start-inputs';

describe('run form fields', () => {
  const doc = workflow([{ id: 's', type: 'start', data: { variables: [
    { variable: 'q', label: 'Question', type: 'text-input', required: true },
    { variable: 'n', type: 'number', required: false },
    { variable: 'pick', type: 'select', options: ['a', 'b'] },
    { variable: 'on', type: 'checkbox' },
    { variable: 'obj', type: 'json_object' },
    { variable: 'doc', type: 'file' },
  ] } }], []);

  it('maps start variables to typed fields, and adds sys.query in a chatflow', () => {
    expect(startInputFields(doc).map((f) => [f.name, f.kind, f.required])).toEqual([
      ['q', 'text', true], ['n', 'number', false], ['pick', 'select', true], ['on', 'checkbox', true], ['obj', 'json', true], ['doc', 'unsupported', true],
    ]);
    expect(startInputFields({ ...doc, app: { ...doc.app, mode: 'advanced-chat' } })[0]!.name).toBe('sys.query');
  });

  it('turns form values into inputs, leaving empty fields out and rejecting bad JSON', () => {
    const fields = startInputFields(doc);
    expect(toInputs(fields, { q: 'hi', n: '', on: true, obj: '{"a":1}' })).toEqual({ inputs: { q: 'hi', on: true, obj: { a: 1 } } });
    expect(toInputs(fields, { obj: '{nope' }).error).toMatch(/obj: not valid JSON/);
  });
});

describe('LLM endpoint settings', () => {
  const storage = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  };

  it('round-trips through storage and ignores corrupt data', () => {
    const s = storage();
    saveEndpoint({ baseUrl: 'http://127.0.0.1:8080/v1', apiKey: 'k', model: 'm' }, s);
    expect(loadEndpoint(s)).toEqual({ baseUrl: 'http://127.0.0.1:8080/v1', apiKey: 'k', model: 'm' });
    s.setItem('flowpad.llm-endpoint', '{"baseUrl": 42}');
    expect(loadEndpoint(s)).toEqual({ baseUrl: '' });
    s.setItem('flowpad.llm-endpoint', 'not json');
    expect(loadEndpoint(s)).toEqual({ baseUrl: '' });
  });

  it('gives the engine one default endpoint, or none', () => {
    expect(toLlmSettings({ baseUrl: ' ' })).toEqual({});
    expect(toLlmSettings({ baseUrl: 'http://x/v1', model: ' m ' })).toEqual({ default: { baseUrl: 'http://x/v1', model: 'm' } });
  });
});

import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { documentExtractorRun } from './run';

function file(filename: string, extra: Partial<FileValue> = {}): FileValue {
  return {
    dify_model_identity: FILE_MARKER, filename, extension: filename.includes('.') ? filename.slice(filename.lastIndexOf('.')) : '',
    type: 'document', transfer_method: 'local_file', mime_type: '', size: 0, ...extra,
  };
}
const dataUrl = (text: string) => `data:text/plain;base64,${Buffer.from(text).toString('base64')}`;

async function run(value: unknown, fetcher?: typeof fetch) {
  const pool = new VariablePool();
  pool.set('start', 'doc', value);
  const data: DslNodeData = { type: 'document-extractor', variable_selector: ['start', 'doc'] };
  return documentExtractorRun(data, makeRunContext({ data, pool, services: fetcher ? { fetch: fetcher } : {} }).ctx);
}

async function failure(value: unknown, fetcher?: typeof fetch): Promise<NodeRunError> {
  const e = await run(value, fetcher).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NodeRunError);
  return e as NodeRunError;
}

describe('documentExtractorRun', () => {
  it('reads a text file from its text', async () => {
    expect((await run(file('a.txt', { text: 'hello\nworld' }))).outputs).toEqual({ text: 'hello\nworld' });
  });

  it('fetches the file URL when there is no text (data: URL through the real fetch)', async () => {
    expect((await run(file('notes.md', { url: dataUrl('# Title\nbody') }))).outputs.text).toBe('# Title\nbody');
  });

  it('gives a list of texts for a list of files, skipping nulls', async () => {
    const r = await run([file('a.txt', { text: 'A' }), null, file('b.log', { remote_url: dataUrl('B') })]);
    expect(r.outputs.text).toEqual(['A', 'B']);
  });

  it('gives an empty list for an empty input', async () => {
    expect((await run([])).outputs).toEqual({ text: [] });
    expect((await run(null)).outputs).toEqual({ text: [] });
  });

  it('re-indents JSON', async () => {
    expect((await run(file('d.json', { text: '{"a":[1,"é"]}' }))).outputs.text).toBe('{\n  "a": [\n    1,\n    "é"\n  ]\n}');
    expect((await failure(file('d.json', { text: '{oops' }))).message).toMatch(/^Failed to decode or parse JSON file/);
  });

  it('re-emits YAML', async () => {
    expect((await run(file('c.yml', { text: 'a:   1\nb: [x, y]\n' }))).outputs.text).toBe('a: 1\nb:\n- x\n- y\n');
  });

  it('turns CSV into a markdown table', async () => {
    const csv = 'name,note\nann,"hi, there"\nbob,"two\nlines"\n';
    expect((await run(file('t.csv', { text: csv }))).outputs.text).toBe('| name | note |\n| ---- | ---- |\n| ann | hi, there |\n| bob | two lines |\n');
  });

  it('reads .properties files', async () => {
    expect((await run(file('app.properties', { text: '# c\nkey = value\nother:x\nlone\n' }))).outputs.text).toBe('# c\nkey: value\nother: x\nlone: \n');
  });

  it('falls back to the MIME type when there is no extension', async () => {
    expect((await run(file('README', { mime_type: 'text/markdown', text: 'md' }))).outputs.text).toBe('md');
    expect((await failure(file('blob', { mime_type: 'application/x-thing', text: '' }))).message).toBe('Unsupported MIME type: application/x-thing');
    expect((await failure(file('blob', { text: 'x' }))).message).toBe('Unable to determine file type: MIME type or file extension is missing');
  });

  it('asks to pin the output for PDF and Office files, without downloading them', async () => {
    let fetched = false;
    const spy: typeof fetch = async () => {
      fetched = true;
      return new Response('');
    };
    const e = await failure(file('report.pdf', { url: 'https://example.com/r.pdf' }), spy);
    expect(e.message).toBe("PDF extraction needs Dify's server; pin this node's output to run the workflow in Flowpad.");
    expect(fetched).toBe(false);
    expect((await failure(file('x.docx', { text: '' }))).message).toMatch(/^DOCX extraction needs Dify's server/);
  });

  it('names an unknown extension', async () => {
    expect((await failure(file('a.xyz', { text: '' }))).message).toBe('Unsupported Extension Type: .xyz');
  });

  it('fails clearly on a missing variable, a non-file value or an unreachable file', async () => {
    const pool = new VariablePool();
    const data: DslNodeData = { type: 'document-extractor', variable_selector: ['start', 'nope'] };
    await expect(documentExtractorRun(data, makeRunContext({ data, pool }).ctx)).rejects.toThrow("File variable not found for selector: ['start', 'nope']");
    expect((await failure('some text')).message).toBe("Variable ['start', 'doc'] is not a file or a list of files");
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await failure(file('a.txt', { url: 'https://blocked.example/a.txt' }), down)).message).toMatch(/Error downloading file a.txt: Failed to fetch.*CORS/);
    expect((await failure(file('a.txt'))).message).toMatch(/neither content nor a URL/);
  });
});

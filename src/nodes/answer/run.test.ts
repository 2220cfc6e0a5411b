import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { FILE_MARKER, type FileValue } from '../../engine/file-value';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { answerRun } from './run';

const file = (filename: string, type = 'image'): FileValue => ({
  dify_model_identity: FILE_MARKER, filename, extension: '.png', type, transfer_method: 'remote_url', mime_type: 'image/png', size: 1, url: `https://x/${filename}`,
});

describe('answerRun', () => {
  it('renders the template as markdown and collects referenced files', async () => {
    const pool = new VariablePool();
    pool.setAll('llm', { text: 'Hello', list: [1, 2] });
    pool.setAll('start', { pic: file('a.png'), pics: [file('b.png'), file('c.png')], noFiles: [] });
    const data: DslNodeData = { type: 'answer', answer: '{{#llm.text#}}!\n{{#llm.list#}}\n{{#start.pic#}} {{#start.pics#}}{{#start.noFiles#}} {{#nowhere.x#}}' };
    const r = await answerRun(data, makeRunContext({ data, pool }).ctx);
    expect(r.outputs.answer).toBe('Hello!\n- 1\n- 2\n![a.png](https://x/a.png) ![b.png](https://x/b.png)\n![c.png](https://x/c.png) nowhere.x');
    expect((r.outputs.files as FileValue[]).map((f) => f.filename)).toEqual(['a.png', 'b.png', 'c.png']);
  });

  it('handles an empty answer', async () => {
    const data: DslNodeData = { type: 'answer' };
    expect((await answerRun(data, makeRunContext({ data }).ctx)).outputs).toEqual({ answer: '', files: [] });
  });
});

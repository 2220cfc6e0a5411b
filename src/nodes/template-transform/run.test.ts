import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import { makeRunContext } from '../../test-support/node-run-context';
import { templateTransformRun } from './run';

function run(template: string, values: Record<string, unknown>, names = Object.keys(values)) {
  const pool = new VariablePool();
  pool.setAll('n', values);
  const data: DslNodeData = { type: 'template-transform', template, variables: names.map((name) => ({ variable: name, value_selector: ['n', name] })) };
  return templateTransformRun(data, makeRunContext({ data, pool }).ctx);
}

describe('templateTransformRun', () => {
  it('renders Jinja2 over the named variables', async () => {
    const r = await run('{% for x in items %}{{ x|upper }}{% if not loop.last %}, {% endif %}{% endfor %} / {{ n + 1 }}', { items: ['a', 'b'], n: 1 });
    expect(r.outputs).toEqual({ output: 'A, B / 2' });
    expect(r.inputs).toEqual({ items: ['a', 'b'], n: 1 });
  });

  it('passes missing variables as None and renders undefined names empty', async () => {
    const r = await run('[{{ gone }}][{{ never_declared }}]', {}, ['gone']);
    expect(r.outputs.output).toBe('[None][]');
    expect(r.inputs).toEqual({ gone: null });
  });

  it('fails on a template error', async () => {
    const e = await run('{% for x in %}', {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NodeRunError);
    expect((e as NodeRunError).errorType).toBe('TemplateRenderError');
  });

  it('limits the output to 400,000 characters', async () => {
    expect((await run('{{ s }}', { s: 'a'.repeat(400_000) })).outputs.output).toHaveLength(400_000);
    const e = await run('{{ s }}!', { s: 'a'.repeat(400_000) }).catch((x: unknown) => x);
    expect((e as NodeRunError).message).toBe('Output length exceeds 400000 characters');
  });
});

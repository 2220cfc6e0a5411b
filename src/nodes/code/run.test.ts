import { describe, expect, it } from 'vitest';
import type { DslNodeData } from '../../dsl';
import { NodeRunError } from '../../engine/node-executor';
import { VariablePool } from '../../engine/variable-pool';
import type { CodeRunRequest, CodeRunResult, CodeSandbox } from '../../sandbox/code-sandbox';
import { makeRunContext } from '../../test-support/node-run-context';
import { codeRun, DEFAULT_CODE_TIMEOUT_MS } from './run';

/** A sandbox that records its calls and answers with `answer(request)`. */
function fakeSandbox(answer: (request: CodeRunRequest) => CodeRunResult) {
  const calls: CodeRunRequest[] = [];
  const sandbox: CodeSandbox = {
    run: async (request) => {
      calls.push(request);
      return answer(request);
    },
    dispose: () => undefined,
  };
  return { sandbox, calls };
}

const ok = (result: unknown, logs: string[] = []): CodeRunResult => ({ ok: true, result, logs, elapsedMs: 1 });

function setup(data: Partial<DslNodeData>, sandboxes: { javascript?: CodeSandbox; python?: CodeSandbox }) {
  const pool = new VariablePool();
  pool.setAll('start', { a: 2, b: 'x', list: [1, 2] });
  const full: DslNodeData = {
    type: 'code', code_language: 'javascript', code: 'function main({a}) { return {result: a} }',
    variables: [{ variable: 'a', value_selector: ['start', 'a'] }], outputs: { result: { type: 'number', children: null } },
    ...data,
  };
  return codeRun(full, makeRunContext({ data: full, pool, services: sandboxes }).ctx);
}

describe('codeRun', () => {
  it('calls the JavaScript sandbox with the bound variables (missing -> null) and the default timeout', async () => {
    const js = fakeSandbox((req) => ok({ result: (req.inputs.a as number) * 10 }, ['log line']));
    const r = await setup({
      variables: [{ variable: 'a', value_selector: ['start', 'a'] }, { variable: 'gone', value_selector: ['nowhere', 'x'] }],
    }, { javascript: js.sandbox });
    expect(js.calls).toHaveLength(1);
    expect(js.calls[0]!.inputs).toEqual({ a: 2, gone: null });
    expect(js.calls[0]!.timeoutMs).toBe(DEFAULT_CODE_TIMEOUT_MS);
    expect(r.outputs).toEqual({ result: 20 });
    expect(r.inputs).toEqual({ a: 2, gone: null });
    expect(r.processData?.logs).toEqual(['log line']);
  });

  it('picks the Python sandbox for python3', async () => {
    const js = fakeSandbox(() => ok({ result: 1 }));
    const py = fakeSandbox(() => ok({ result: 2 }));
    const r = await setup({ code_language: 'python3' }, { javascript: js.sandbox, python: py.sandbox });
    expect(py.calls).toHaveLength(1);
    expect(js.calls).toHaveLength(0);
    expect(r.outputs.result).toBe(2);
  });

  it('turns a sandbox error into a CodeNodeError with the logs kept', async () => {
    const js = fakeSandbox(() => ({ ok: false, error: 'ReferenceError: x is not defined', errorType: 'runtime', logs: ['before'], elapsedMs: 1 }));
    const e = (await setup({}, { javascript: js.sandbox }).catch((x: unknown) => x)) as NodeRunError;
    expect(e).toBeInstanceOf(NodeRunError);
    expect(e.errorType).toBe('CodeNodeError');
    expect(e.message).toContain('ReferenceError: x is not defined');
    expect(e.partial?.processData?.logs).toEqual(['before']);
  });

  it('fails when main returns something other than an object', async () => {
    const js = fakeSandbox(() => ok([1, 2]));
    const e = (await setup({}, { javascript: js.sandbox }).catch((x: unknown) => x)) as NodeRunError;
    expect(e.message).toBe("main() must return an object (a dict), got <class 'list'>");
  });

  it('validates the result against the declared outputs', async () => {
    const js = fakeSandbox(() => ok({ result: 'not a number' }));
    const e = (await setup({}, { javascript: js.sandbox }).catch((x: unknown) => x)) as NodeRunError;
    expect(e.message).toBe("Output result is not a number, got <class 'str'> instead.");
    expect(e.errorType).toBe('OutputValidationError');
    expect(e.partial?.inputs).toEqual({ a: 2 });
  });

  it('refuses an unknown language', async () => {
    const e = (await setup({ code_language: 'json' }, {}).catch((x: unknown) => x)) as NodeRunError;
    expect(e.message).toMatch(/Unsupported code language: json/);
  });
});

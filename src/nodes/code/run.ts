/**
 * Code executor (dify-dsl.md 2.8, 5.9): the bound variables go to `main` in the JavaScript
 * (QuickJS) or Python (Pyodide) sandbox; the returned object is checked against `outputs`.
 */
import { isFileValue } from '../../engine/file-value';
import { NodeRunError, type NodeExecutor } from '../../engine/node-executor';
import type { CodeSandbox } from '../../sandbox/code-sandbox';
import { pyTypeName } from '../../engine/python-values';
import { recordOf, textOf } from '../node-spec';
import { namedVariables } from '../template-transform/run';
import { checkCodeOutputs } from './output-check';

/** Wall-clock limit of one call; Dify's sandbox default is 15 s. */
export const DEFAULT_CODE_TIMEOUT_MS = 15_000;

const LANGUAGES: Record<string, string> = { javascript: 'JavaScript', python3: 'Python' };

export const codeRun: NodeExecutor = async (data, ctx) => {
  const inputs = namedVariables(ctx.pool, data.variables);
  const language = textOf(data.code_language);
  if (!Object.hasOwn(LANGUAGES, language)) {
    throw new NodeRunError(`Unsupported code language: ${language || '(none)'}; use javascript or python3`, 'CodeNodeError', { inputs });
  }
  const sandbox: CodeSandbox = language === 'python3' ? ctx.services.python : ctx.services.javascript;
  const run = await sandbox.run({ code: textOf(data.code), inputs, timeoutMs: DEFAULT_CODE_TIMEOUT_MS }, ctx.signal);
  const processData = { logs: run.logs, elapsed_ms: run.elapsedMs };
  if (!run.ok) {
    throw new NodeRunError(`${LANGUAGES[language]} code failed (${run.errorType}): ${run.error}`, 'CodeNodeError', { inputs, processData });
  }
  const result = run.result;
  if (result === null || typeof result !== 'object' || Array.isArray(result) || isFileValue(result)) {
    throw new NodeRunError(`main() must return an object (a dict), got ${pyTypeName(result)}`, 'CodeNodeError', { inputs, processData });
  }
  try {
    const outputs = checkCodeOutputs(result as Record<string, unknown>, recordOf(data.outputs));
    return { inputs, outputs, processData };
  } catch (e) {
    if (e instanceof NodeRunError) throw new NodeRunError(e.message, e.errorType, { inputs, processData });
    throw e;
  }
};


/** Python in the browser: Pyodide in its own module worker, behind the shared PythonSandbox host. */
import type { CodeSandbox } from '../sandbox/code-sandbox';

let sandbox: CodeSandbox | undefined;

export function browserPythonSandbox(): CodeSandbox {
  sandbox ??= {
    async run() {
      return { ok: false, error: 'Python code nodes cannot run in the browser yet.', errorType: 'unavailable', logs: [], elapsedMs: 0 };
    },
    dispose() {},
  };
  return sandbox;
}

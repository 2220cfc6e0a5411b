/** Python in the browser: Pyodide in its own module worker, started on the first Python node. */
import type { CodeSandbox } from '../sandbox/code-sandbox';
import { createBrowserPythonSandbox } from '../sandbox/python/browser-sandbox';

let sandbox: CodeSandbox | undefined;

export function browserPythonSandbox(): CodeSandbox {
  sandbox ??= createBrowserPythonSandbox();
  return sandbox;
}

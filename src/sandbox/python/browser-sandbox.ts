/**
 * The Python sandbox in the browser: Pyodide in a module Web Worker, loading its files from the
 * app itself (vite-plugin-pyodide.ts serves and emits them). Interrupts need cross-origin
 * isolation (COOP/COEP headers); without it a timeout terminates the worker instead.
 */
import { PYODIDE_PUBLIC_DIR } from './pyodide-files';
import { PythonSandbox, type PythonSandboxOptions } from './python-sandbox';
import type { SandboxWorker } from './worker-instance';

/** Where the app serves Pyodide's files: `<base>pyodide/`, resolved against this page or worker. */
export function browserPyodideIndexURL(): string {
  return new URL(`${import.meta.env.BASE_URL}${PYODIDE_PUBLIC_DIR}/`, globalThis.location.href).href;
}

function startWebWorker(): SandboxWorker {
  const worker = new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module', name: 'flowpad-python' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent<unknown>) => handler(event.data)),
    onExit: (handler) => {
      // A Web Worker has no exit event; an uncaught error means its state cannot be trusted.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        worker.terminate();
        handler(`worker error: ${event.message || 'the worker failed to start'}`);
      });
    },
    terminate: () => worker.terminate(),
  };
}

export function createBrowserPythonSandbox(options: Partial<PythonSandboxOptions> = {}): PythonSandbox {
  return new PythonSandbox({ createWorker: startWebWorker, indexURL: browserPyodideIndexURL(), ...options });
}

/**
 * The Python sandbox in Node (CLI, unit tests): Pyodide in a worker_threads Worker, loaded
 * offline from node_modules/pyodide.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PythonSandbox, type PythonSandboxOptions } from './python-sandbox';
import type { SandboxWorker } from './worker-instance';

/** file: URL of the installed pyodide package folder, with a trailing slash. */
export function nodePyodideIndexURL(): string {
  const packageJson = createRequire(import.meta.url).resolve('pyodide/package.json');
  return `${pathToFileURL(dirname(packageJson)).href}/`;
}

function startNodeWorker(): SandboxWorker {
  const worker = new Worker(new URL('./node-worker.mjs', import.meta.url));
  // An idle sandbox must not keep a CLI process alive, so the worker is referenced only while a
  // request (init or run) waits for its answer. (An unreferenced port also answers slower.)
  return {
    post: (message) => {
      worker.ref();
      worker.postMessage(message);
    },
    onMessage: (handler) =>
      worker.on('message', (data: unknown) => {
        worker.unref();
        handler(data);
      }),
    onExit: (handler) => {
      let reported = false;
      const report = (reason: string): void => {
        if (reported) return;
        reported = true;
        handler(reason);
      };
      worker.on('error', (error) => report(`worker error: ${error.message}`));
      worker.on('exit', (code) => report(`worker exited with code ${code}`));
    },
    terminate: () => void worker.terminate(),
  };
}

export function createNodePythonSandbox(options: Partial<PythonSandboxOptions> = {}): PythonSandbox {
  return new PythonSandbox({ createWorker: startNodeWorker, indexURL: nodePyodideIndexURL(), ...options });
}

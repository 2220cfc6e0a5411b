/**
 * The Pyodide worker thread in Node. Before Pyodide is imported, the thread is made to look like
 * a module Web Worker: `process` is hidden, `fetch` serves only Pyodide's four files from the
 * index folder, and a WorkerGlobalScope exists. Pyodide and Emscripten then take their browser
 * path, so Python gets no NODEFS, no child_process behind os.system and no host files, and the
 * tests exercise the same code path as the browser.
 */
import './zod-jitless';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type { PyodideAPI } from 'pyodide';
import { PYODIDE_FILES } from './pyodide-files';
import { hardenRealm } from './realm-hardening';
import { type PyodideLoadOptions, servePythonWorker } from './worker-runtime';

function pyodideFileFetch(indexURL: string): typeof fetch {
  const folder = new URL(indexURL);
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), folder);
    const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    const type = PYODIDE_FILES[name];
    if (type === undefined || url.href !== new URL(name, folder).href) {
      throw new TypeError(`The Python sandbox cannot fetch ${url.href}`);
    }
    const body = await readFile(fileURLToPath(url));
    return new Response(body, { headers: { 'Content-Type': type } });
  };
}

function defineGlobal(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
}

/** Hide Node from Pyodide: see the file comment. Runs once, before `import('pyodide')`. */
function becomeBrowserLikeWorker(indexURL: string): void {
  const nodeProcess = globalThis.process;
  // Python can schedule JS promises; one rejecting unobserved must not kill the interpreter.
  nodeProcess.on('unhandledRejection', () => undefined);
  Reflect.deleteProperty(globalThis, 'process');
  defineGlobal('fetch', pyodideFileFetch(indexURL));
  defineGlobal('location', new URL(indexURL));
  defineGlobal('self', globalThis);
  defineGlobal(
    'WorkerGlobalScope',
    class WorkerGlobalScope {
      static [Symbol.hasInstance](value: unknown): boolean {
        return value === globalThis;
      }
    },
  );
}

async function loadPyodide(options: PyodideLoadOptions): Promise<PyodideAPI> {
  becomeBrowserLikeWorker(options.indexURL);
  const pyodide = await import('pyodide');
  return pyodide.loadPyodide(options);
}

const port = parentPort;
if (port) {
  servePythonWorker(
    { post: (message) => port.postMessage(message), listen: (handler) => port.on('message', handler) },
    {
      loadPyodide,
      harden: () => hardenRealm(),
    },
  );
}

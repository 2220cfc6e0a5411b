/**
 * The Pyodide module Web Worker. The host (browser-sandbox.ts) sends `init` with the URL the app
 * serves Pyodide's files from; once Pyodide is loaded, the realm is hardened (realm-hardening.ts).
 */
import './zod-jitless';
import { loadPyodide } from 'pyodide';
import { hardenRealm } from './realm-hardening';
import { servePythonWorker } from './worker-runtime';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope);
const listen = scope.addEventListener.bind(scope);

servePythonWorker(
  { post: (message) => post(message), listen: (handler) => listen('message', (event) => handler(event.data)) },
  {
    loadPyodide: (options) => loadPyodide(options),
    harden: () => hardenRealm(),
  },
);

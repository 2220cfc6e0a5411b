/**
 * Pyodide's FFI lets Python reach JavaScript objects, and from any JS function object the
 * `Function` constructor, i.e. arbitrary JS in the worker. Rather than pretend Python can be
 * locked in (it cannot), the Pyodide worker's JS realm is made worthless to escape into:
 *
 * - no code generation from strings: `Function`, `AsyncFunction`, `GeneratorFunction`,
 *   `AsyncGeneratorFunction` and `eval` refuse to compile (so no `import()` of host modules);
 *   string timers are refused too;
 * - no network, storage or new realms: fetch, XMLHttpRequest, WebSocket, IndexedDB, caches,
 *   Worker, navigator... are deleted from the global scope once Pyodide has loaded;
 * - in Node, the worker never sees `process` (see node-worker.ts), so Pyodide and Emscripten
 *   take their browser path: no NODEFS, no child_process behind os.system, no host files.
 *
 * What Python can still reach, and why it is contained:
 * - `js` is an empty object (loadPyodide's `jsglobals`), and `import js` / `import pyodide*`
 *   are refused by the harness (a courtesy: importlib or gc get around it);
 * - `pyodide_js`, the Pyodide API, is reachable through sys.modules or gc. It acts inside the
 *   worker only: its FS is Emscripten's in-memory file system, loadPackage has no fetch,
 *   mountNodeFS refuses outside Node, IDBFS finds no indexedDB; setInterruptBuffer can only
 *   disable the code's own interrupt, which the host's hard stop (terminate) covers;
 * - JS objects made by pyodide.ffi lead to the intrinsics, whose constructors refuse to compile.
 * The worker's global object itself is not reachable without code generation; were it reached,
 * it holds nothing that touches the network, storage, other realms or the host process.
 */

const refuse = (): never => {
  throw new EvalError('Code generation from strings is disabled in the Python sandbox');
};

function guarded<T extends object>(target: T): T {
  return new Proxy(target, { apply: refuse, construct: refuse });
}

/**
 * Replace every path to the function constructors and eval with guards that refuse to run.
 * The guards are proxies of the originals, so `instanceof Function` and `.prototype` still
 * work (Pyodide relies on both); only calling and constructing them throws.
 */
export function blockCodeGeneration(scope: typeof globalThis = globalThis): void {
  const samples = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const sample of samples) {
    const prototype = Object.getPrototypeOf(sample) as { constructor: object };
    const guard = guarded(prototype.constructor);
    Object.defineProperty(prototype, 'constructor', { value: guard, writable: false, configurable: false });
    if (prototype === Function.prototype) {
      Object.defineProperty(scope, 'Function', { value: guard, writable: false, configurable: false });
    }
  }
  Object.defineProperty(scope, 'eval', { value: guarded(scope.eval), writable: false, configurable: false });
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = scope[name] as unknown as (handler: unknown, ...rest: unknown[]) => unknown;
    if (typeof original !== 'function') continue;
    const onlyFunctions = (handler: unknown, ...rest: unknown[]): unknown => {
      if (typeof handler !== 'function') refuse();
      return original.call(scope, handler, ...rest);
    };
    Object.defineProperty(scope, name, { value: onlyFunctions, writable: false, configurable: false });
  }
}

/**
 * Pyodide reports fatal errors on the console, and escaped code could print there too: in Node
 * that is the host's terminal. Results and errors travel in messages, so the console goes quiet.
 */
export function silenceConsole(scope: typeof globalThis = globalThis): void {
  const quiet = (): void => {};
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) {
    Object.defineProperty(scope.console, method, { value: quiet, writable: false, configurable: false });
  }
}

/** Capabilities the Pyodide worker does not need once it has loaded. */
export const CAPABILITY_GLOBALS: readonly string[] = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'Notification',
  'navigator',
  'FileReaderSync',
  'requestFileSystem',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'process',
  'require',
  'module',
];

/** Delete the given globals (own or inherited), or hide them where they cannot be deleted. */
export function removeGlobals(names: readonly string[], scope: typeof globalThis = globalThis): string[] {
  const left: string[] = [];
  for (const name of names) {
    let holder: object | null = scope;
    while (holder !== null && !Object.prototype.hasOwnProperty.call(holder, name)) {
      holder = Object.getPrototypeOf(holder) as object | null;
    }
    if (holder === null) continue;
    if (!Reflect.deleteProperty(holder, name)) {
      try {
        Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false });
      } catch {
        // neither deletable nor redefinable: reported below
      }
    }
    if ((scope as unknown as Record<string, unknown>)[name] !== undefined) left.push(name);
  }
  return left;
}

/** Everything above, for the Pyodide worker once it has loaded. Fails closed. */
export function hardenRealm(scope: typeof globalThis = globalThis): void {
  blockCodeGeneration(scope);
  const left = removeGlobals(CAPABILITY_GLOBALS, scope);
  if (left.length > 0) throw new Error(`The Python sandbox could not remove ${left.join(', ')} from its worker`);
  silenceConsole(scope);
}

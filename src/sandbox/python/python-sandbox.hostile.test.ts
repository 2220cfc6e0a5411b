/**
 * Hostile code against the Python sandbox. Every case must end within a bound with the expected
 * outcome, and the next call on the same sandbox must succeed. Cases that defeat the interrupt
 * (C-level loops, swallowed KeyboardInterrupt, fatal errors) restart the worker: they are marked
 * `restarts` and each costs a cold start.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeErrorType } from '../code-sandbox';
import { createNodePythonSandbox } from './node-sandbox';
import type { PythonSandbox } from './python-sandbox';

const TIMEOUT_MS = 700;
/**
 * Generous: on a loaded 2-core machine (the whole suite in parallel) the interpreter thread can
 * be starved past 800 ms before it sees the interrupt, and the sandbox then restarts it.
 */
const GRACE_MS = 3000;
/** Room for a loaded machine: message hops, the grace period, a garbage collection. */
const SLACK_MS = 4000;

let sandbox: PythonSandbox;
let server: Server;
let port = 0;
let connections = 0;
const hostFile = join(tmpdir(), `flowpad-python-escape-${process.pid}-${Date.now()}`);

beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  sandbox = createNodePythonSandbox({ graceMs: GRACE_MS });
  await sandbox.warmUp();
});

afterAll(async () => {
  sandbox.dispose();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface HostileCase {
  name: string;
  code: () => string;
  /** ok: true with this result, or a failure of this type whose message matches. */
  expect: { result: unknown } | { errorType: CodeErrorType; error: RegExp };
  /** The worker is expected to be replaced (hard stop, crash, memory recycle). */
  restarts?: boolean;
  timeoutMs?: number;
  after?: () => void;
}

const main = (body: string, prelude = ''): string =>
  `${prelude}\ndef main():\n${body
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

const cases: HostileCase[] = [
  { name: 'busy loop', code: () => main('while True:\n    pass'), expect: { errorType: 'timeout', error: /timed out after 700 ms$/ } },
  {
    name: 'memory churn in a loop',
    code: () => main('while True:\n    x = [1] * 10**6'),
    expect: { errorType: 'timeout', error: /timed out/ },
  },
  {
    name: 'memory bomb: a 10 GB string',
    code: () => main("return {'x': 'a' * 10**10}"),
    expect: { errorType: 'runtime', error: /^OverflowError: .* \(line 3\)$/ },
  },
  {
    name: 'memory bomb: a list of 10**9 items',
    code: () => main("return {'x': [0] * 10**9}"),
    expect: { errorType: 'memory', error: /^MemoryError: the code ran out of memory \(line 3\)$/ },
  },
  {
    name: 'memory bomb: growing until WebAssembly memory is exhausted (worker recycled)',
    code: () => main('chunks = []\nwhile True:\n    chunks.append(bytearray(10**8))'),
    expect: { errorType: 'memory', error: /MemoryError/ },
    restarts: true,
    timeoutMs: 20_000,
  },
  {
    name: 'infinite recursion',
    code: () => main('def f(n):\n    return f(n + 1)\nreturn f(0)'),
    expect: { errorType: 'stack', error: /^RecursionError: maximum recursion depth exceeded \(line 4\)$/ },
  },
  {
    name: 'deep recursion after sys.setrecursionlimit(10**6)',
    code: () => main('def f(n):\n    return f(n + 1)\nreturn f(0)', 'import sys\nsys.setrecursionlimit(10**6)'),
    expect: { errorType: 'stack', error: /RecursionError: .*caps the recursion limit at 3000/ },
  },
  {
    name: 'recursion through C frames that overflows the JS stack (fatal, restart)',
    code: () => main("def f(n):\n    return sorted([1, 2], key=lambda x: f(n + 1))\nreturn {'x': f(0)}", 'import sys\nsys.setrecursionlimit(10**6)'),
    expect: { errorType: 'stack', error: /overflowed the stack; the Python runtime will restart/ },
    restarts: true,
  },
  {
    name: 'printing 10 MB',
    code: () => main("for i in range(10):\n    print('x' * 10**6)\nreturn {'printed': True}"),
    expect: { result: { printed: true } },
  },
  {
    name: 'returning a 50 MB string',
    code: () => main("return {'x': 'a' * 50_000_000}"),
    expect: { errorType: 'result', error: /too large: 50000000 characters/ },
  },
  {
    name: 'os.system cannot run a host command',
    code: () => main(`import os\nreturn {'status': os.system('touch ${hostFile}')}`),
    expect: { result: { status: -1 } },
    after: () => expect(existsSync(hostFile)).toBe(false),
  },
  {
    name: 'ctypes system() cannot run a host command',
    code: () => main(`import ctypes\nreturn {'status': ctypes.CDLL(None).system(b'touch ${hostFile}')}`),
    expect: { result: { status: -1 } },
    after: () => expect(existsSync(hostFile)).toBe(false),
  },
  {
    name: "open('/etc/passwd') sees only the in-memory file system",
    code: () => main("return {'x': open('/etc/passwd').read()}"),
    expect: { errorType: 'runtime', error: /^FileNotFoundError: .*'\/etc\/passwd' \(line 3\)$/ },
  },
  {
    name: 'subprocess cannot start a process',
    code: () => main("import subprocess\nreturn {'x': subprocess.run(['ls']).returncode}"),
    expect: { errorType: 'runtime', error: /^OSError: .*does not support processes\.? \(line 4\)$/ },
  },
  {
    name: 'socket cannot connect to the host',
    code: () => main(`import socket\nsocket.create_connection(('127.0.0.1', ${port}), timeout=1)\nreturn {}`),
    expect: { errorType: 'runtime', error: /^OSError: / },
    after: () => expect(connections).toBe(0),
  },
  {
    name: 'urllib cannot fetch from the host',
    code: () => main(`import urllib.request\nreturn {'x': urllib.request.urlopen('http://127.0.0.1:${port}/', timeout=1).read()}`),
    expect: { errorType: 'runtime', error: /^urllib\.error\.URLError: / },
    after: () => expect(connections).toBe(0),
  },
  {
    name: 'import js is refused',
    code: () => main("return {'x': str(js)}", 'import js'),
    expect: { errorType: 'runtime', error: /^ImportError: Importing 'js' is not allowed.* \(line 1\)$/ },
  },
  {
    name: 'pyodide.ffi is refused',
    code: () => main("from pyodide.ffi import to_js\nreturn {}"),
    expect: { errorType: 'runtime', error: /^ImportError: Importing 'pyodide\.ffi' is not allowed/ },
  },
  {
    name: 'importlib reaches only an empty js module',
    code: () =>
      main(
        "import importlib\njs = importlib.import_module('js')\n" +
          "return {name: hasattr(js, name) for name in ('process', 'fetch', 'globalThis', 'setTimeout', 'Function')}",
      ),
    expect: { result: { process: false, fetch: false, globalThis: false, setTimeout: false, Function: false } },
  },
  {
    name: 'the FFI escape to the Function constructor is blocked',
    code: () =>
      main(
        "ffi = [m for m in gc.get_objects() if type(m).__name__ == 'module' and m.__name__ == 'pyodide.ffi'][0]\n" +
          "make = ffi.to_js([]).constructor.constructor\nreturn {'x': str(make('return process')())}",
        'import gc',
      ),
    expect: { errorType: 'runtime', error: /EvalError: Code generation from strings is disabled/ },
  },
  {
    name: 'pyodide_js cannot mount host folders',
    code: () => main("import sys\nsys.modules['pyodide_js'].mountNodeFS('/host', '/etc')\nreturn {}"),
    expect: { errorType: 'runtime', error: /only works in Node/ },
  },
  { name: 'sys.exit(1)', code: () => main('import sys\nsys.exit(1)'), expect: { errorType: 'runtime', error: /^SystemExit: the code called sys\.exit\(1\) \(line 4\)/ } },
  { name: 'raise SystemExit', code: () => main('raise SystemExit'), expect: { errorType: 'runtime', error: /^SystemExit: the code called sys\.exit\(None\)/ } },
  {
    name: 'raise KeyboardInterrupt is an ordinary error, not a timeout',
    code: () => main('raise KeyboardInterrupt'),
    expect: { errorType: 'runtime', error: /^KeyboardInterrupt \(line 3\)$/ },
  },
  {
    name: 'os._exit(0) ends the interpreter (restart)',
    code: () => main('import os\nos._exit(0)'),
    expect: { errorType: 'runtime', error: /Program terminated with exit\(0\); the Python runtime will restart/ },
    restarts: true,
  },
  {
    name: 'a generator that never ends',
    code: () => main('def numbers():\n    n = 0\n    while True:\n        yield n\n        n += 1\nfor n in numbers():\n    pass'),
    expect: { errorType: 'timeout', error: /timed out/ },
  },
  { name: 'time.sleep(100)', code: () => main('import time\ntime.sleep(100)'), expect: { errorType: 'timeout', error: /timed out after 700 ms$/ } },
  {
    name: 'threads cannot start',
    code: () => main('import threading\nthreading.Thread(target=print).start()\nreturn {}'),
    expect: { errorType: 'runtime', error: /^RuntimeError: can't start new thread \(line 4\)$/ },
  },
  {
    name: 'ignoring SIGINT defeats the interrupt (hard stop, restart)',
    code: () => main('import signal\nsignal.signal(signal.SIGINT, lambda *args: None)\nwhile True:\n    pass'),
    expect: { errorType: 'timeout', error: /did not respond to the interrupt, so the Python runtime was restarted/ },
    restarts: true,
  },
  {
    name: 'swallowing KeyboardInterrupt in a loop (hard stop, restart)',
    code: () => main('while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass'),
    expect: { errorType: 'timeout', error: /was restarted/ },
    restarts: true,
  },
  {
    name: 'a C-level loop ignores the interrupt (hard stop, restart)',
    code: () => main("return {'x': sum(range(10**14))}"),
    expect: { errorType: 'timeout', error: /was restarted/ },
    restarts: true,
  },
  {
    name: 'monkeypatching builtins',
    code: () => main("import builtins\nbuiltins.print = None\nbuiltins.len = None\n__builtins__['str'] = None\nreturn {}"),
    expect: { result: {} },
  },
  {
    name: 'monkeypatching json.dumps and sys.modules',
    code: () => main("import json, sys\njson.dumps = None\nsys.modules['re'] = None\nreturn {}"),
    expect: { result: {} },
  },
  {
    name: 'changing cwd, environment, stdout and files',
    code: () =>
      main("import os, sys\nos.chdir('/tmp')\nos.environ['FLOWPAD_LEAK'] = '1'\nopen('/tmp/leak.txt', 'w').write('x')\nsys.stdout = None\nreturn {}"),
    expect: { result: {} },
  },
  {
    name: 'an audit hook that would break every later compile is refused',
    code: () => main("import sys\nsys.addaudithook(lambda event, args: 1 / 0 if event == 'compile' else None)\nreturn {}"),
    expect: { result: {} },
  },
  { name: 'returning a non-dict', code: () => main('return 42'), expect: { errorType: 'result', error: /must return a dict, but it returned int/ } },
  { name: 'returning a set', code: () => main('return {1, 2}'), expect: { errorType: 'result', error: /must return a dict, but it returned set/ } },
];

/** Uses what the previous cases tried to break; proves the interpreter is clean again. */
const NEXT_CALL = main(
  [
    'import json, os, re, sys, decimal',
    "print('still', 'printing')",
    'return {',
    "    'json': json.dumps({'a': len([1, 2])}),",
    "    're': re.sub('a', 'b', str('aa')),",
    "    'cwd': os.getcwd(),",
    "    'leak': os.environ.get('FLOWPAD_LEAK'),",
    "    'files': os.path.exists('/tmp/leak.txt'),",
    '    "limit": sys.getrecursionlimit(),',
    '}',
  ].join('\n'),
);

describe('Python sandbox: hostile code', () => {
  it('has at least 25 hostile cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const hostile of cases) {
    it(hostile.name, async () => {
      const timeoutMs = hostile.timeoutMs ?? TIMEOUT_MS;
      const startsBefore = sandbox.workerStarts;
      const result = await sandbox.run({ code: hostile.code(), inputs: {}, timeoutMs });
      expect(result.elapsedMs).toBeLessThan(timeoutMs + GRACE_MS + SLACK_MS);
      if ('result' in hostile.expect) {
        expect(result).toMatchObject({ ok: true, result: hostile.expect.result });
      } else {
        expect(result).toMatchObject({ ok: false, errorType: hostile.expect.errorType });
        expect(result.ok ? '' : result.error).toMatch(hostile.expect.error);
      }
      hostile.after?.();

      const next = await sandbox.run({ code: NEXT_CALL, inputs: {}, timeoutMs: 30_000 });
      expect(next).toMatchObject({
        ok: true,
        logs: ['still printing'],
        result: { json: '{"a": 2}', re: 'bb', cwd: '/home/pyodide', leak: null, files: false, limit: 1000 },
      });
      expect(sandbox.workerStarts - startsBefore).toBe(hostile.restarts ? 1 : 0);
    });
  }
});

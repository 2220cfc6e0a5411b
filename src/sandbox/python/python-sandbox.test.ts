import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeRunResult } from '../code-sandbox';
import { createNodePythonSandbox } from './node-sandbox';
import type { PythonSandbox } from './python-sandbox';

let sandbox: PythonSandbox;

beforeAll(async () => {
  sandbox = createNodePythonSandbox({ limits: { logChars: 2000 } });
  await sandbox.warmUp();
});

afterAll(() => sandbox.dispose());

function run(code: string, inputs: Record<string, unknown> = {}, timeoutMs = 5000): Promise<CodeRunResult> {
  return sandbox.run({ code, inputs, timeoutMs });
}

function expectOk(result: CodeRunResult): unknown {
  if (!result.ok) throw new Error(`expected success, got ${result.errorType}: ${result.error}`);
  return result.result;
}

function expectFailure(result: CodeRunResult): { error: string; errorType: string; logs: string[] } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.result)}`);
  return result;
}

const dedent = (text: string): string => {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join('\n');
};

describe('Python sandbox: calling convention', () => {
  it('calls main(**inputs) with keyword arguments, whatever the order of the inputs', async () => {
    const code = dedent(`
      def main(arg1: str, arg2: str) -> dict:
          return {"result": arg1 + "|" + arg2}
    `);
    expect(expectOk(await run(code, { arg2: 'second', arg1: 'first' }))).toEqual({ result: 'first|second' });
  });

  it('reports a missing keyword argument as a TypeError naming it', async () => {
    const failure = expectFailure(await run('def main(arg1, arg2):\n    return {}', { arg1: 'only' }));
    expect(failure.errorType).toBe('runtime');
    expect(failure.error).toMatch(/TypeError: .*arg2/);
  });

  it('round-trips every JSON type', async () => {
    const inputs = {
      text: 'hello',
      integer: 42,
      big: 9007199254740991,
      real: 1.5,
      yes: true,
      no: false,
      nothing: null,
      list: [1, 'two', null, [3]],
      object: { nested: { deep: [1, { k: 'v' }] } },
    };
    const code = dedent(`
      def main(**values):
          return {"types": {k: type(v).__name__ for k, v in values.items()}, "echo": values}
    `);
    const result = expectOk(await run(code, inputs)) as { types: Record<string, string>; echo: unknown };
    expect(result.types).toEqual({
      text: 'str',
      integer: 'int',
      big: 'int',
      real: 'float',
      yes: 'bool',
      no: 'bool',
      nothing: 'NoneType',
      list: 'list',
      object: 'dict',
    });
    expect(result.echo).toEqual(inputs);
  });

  it('keeps unicode intact both ways (code points, not UTF-16 units)', async () => {
    const code = dedent(`
      def main(s):
          return {"length": len(s), "reversed": s[::-1], "upper": s.upper(), "made": "\\u00e9\\U0001F600"}
    `);
    const result = expectOk(await run(code, { s: 'héllo 世界 😀' }));
    expect(result).toEqual({ length: 10, reversed: '😀 界世 olléh', upper: 'HÉLLO 世界 😀', made: 'é😀' });
  });

  it('converts non-string keys the way json.dumps does', async () => {
    expect(expectOk(await run('def main():\n    return {1: "a", True: "b", None: "c"}'))).toEqual({
      '1': 'b',
      null: 'c',
    });
  });

  it('accepts dict subclasses, as Dify does', async () => {
    const code = 'import collections\ndef main():\n    return collections.OrderedDict([("b", 1), ("a", 2)])';
    expect(expectOk(await run(code))).toEqual({ b: 1, a: 2 });
  });

  it('gives each call its own decimal context', async () => {
    const code = (prec: string) => `import decimal\ndef main():\n    ${prec}\n    return {"x": str(decimal.Decimal(1) / 7)}`;
    expect(expectOk(await run(code('decimal.getcontext().prec = 3')))).toEqual({ x: '0.143' });
    expect(expectOk(await run(code('pass')))).toEqual({ x: '0.1428571428571428571428571429' });
  });

  it('runs each call in fresh globals, so module-level state does not leak', async () => {
    const first = dedent(`
      counter = 41
      def main():
          global counter
          counter += 1
          return {"counter": counter}
    `);
    expect(expectOk(await run(first))).toEqual({ counter: 42 });
    const second = 'def main():\n    return {"seen": "counter" in globals()}';
    expect(expectOk(await run(second))).toEqual({ seen: false });
  });

  it('requires a main function', async () => {
    const failure = expectFailure(await run('x = 1'));
    expect(failure.errorType).toBe('runtime');
    expect(failure.error).toMatch(/define a function main/);
  });
});

describe('Python sandbox: print capture', () => {
  it('captures print() and stderr into logs, line by line', async () => {
    const code = dedent(`
      import sys
      def main(name):
          print("hello", name)
          print("a", "b", sep="-", end="!\\n")
          print("to stderr", file=sys.stderr)
          return {}
    `);
    const result = await run(code, { name: 'flowpad' });
    expect(result.logs).toEqual(['hello flowpad', 'a-b!', 'to stderr']);
  });

  it('keeps the logs of a call that fails', async () => {
    const failure = expectFailure(await run('def main():\n    print("before")\n    raise ValueError("boom")'));
    expect(failure.logs).toEqual(['before']);
    expect(failure.error).toBe('ValueError: boom (line 3)');
  });

  it('caps the logs and says how much was dropped', async () => {
    const result = await run('def main():\n    for i in range(1000):\n        print("x" * 99)\n    return {"done": True}');
    expect(expectOk(result)).toEqual({ done: true });
    expect(result.logs.join('\n').length).toBeLessThan(2100);
    expect(result.logs.at(-1)).toMatch(/^\[output truncated: \d+ more characters\]$/);
  });
});

describe('Python sandbox: standard library offline', () => {
  const modules: Record<string, string> = {
    json: 'json.dumps({"a": [1]})',
    re: 're.sub(r"\\d+", "#", "a1b22")',
    math: 'math.floor(math.pi * 100)',
    datetime: 'datetime.datetime(2024, 1, 2).strftime("%Y/%m/%d")',
    collections: 'collections.Counter("abca").most_common(1)[0][0]',
    itertools: 'list(itertools.accumulate([1, 2, 3]))',
    functools: 'functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])',
    typing: 'typing.get_origin(typing.List[int]).__name__',
    decimal: 'str(decimal.Decimal("0.1") + decimal.Decimal("0.2"))',
    statistics: 'statistics.median([3, 1, 2])',
    random: 'random.Random(7).randint(1, 1)',
    hashlib: 'hashlib.sha256(b"abc").hexdigest()[:8]',
    csv: 'next(csv.reader(["a,b"]))',
    base64: 'base64.b64encode(b"hi").decode()',
    textwrap: 'textwrap.shorten("hello brave new world", width=12)',
  };
  const expected: Record<string, unknown> = {
    json: '{"a": [1]}',
    re: 'a#b#',
    math: 314,
    datetime: '2024/01/02',
    collections: 'a',
    itertools: [1, 3, 6],
    functools: 24,
    typing: 'list',
    decimal: '0.3',
    statistics: 2,
    random: 1,
    hashlib: 'ba7816bf',
    csv: ['a', 'b'],
    base64: 'aGk=',
    textwrap: 'hello [...]',
  };

  it('imports and uses every module listed in toolchain.md', async () => {
    const code = [
      ...Object.keys(modules).map((name) => `import ${name}`),
      'def main():',
      '    return {',
      ...Object.entries(modules).map(([name, expression]) => `        ${JSON.stringify(name)}: ${expression},`),
      '    }',
    ].join('\n');
    expect(expectOk(await run(code))).toEqual(expected);
  });

  it('has sqlite3 in memory', async () => {
    const code = 'import sqlite3\ndef main():\n    db = sqlite3.connect(":memory:")\n    return {"x": db.execute("select 6 * 7").fetchone()[0]}';
    expect(expectOk(await run(code))).toEqual({ x: 42 });
  });

  it('explains that named time zones need tzdata, which is not available offline', async () => {
    const code = 'from zoneinfo import ZoneInfo\ndef main():\n    return {"tz": str(ZoneInfo("Asia/Shanghai"))}';
    const failure = expectFailure(await run(code));
    expect(failure.error).toMatch(/^ZoneInfoNotFoundError: No time zone found with key Asia\/Shanghai \(line 3\)\. .*tzdata.* not available offline/);
    expect(failure.error).not.toMatch(/loadPackage/);
  });

  it('names a third-party module that is not available offline', async () => {
    for (const name of ['requests', 'numpy']) {
      const failure = expectFailure(await run(`import ${name}\ndef main():\n    return {}`));
      expect(failure.errorType).toBe('runtime');
      expect(failure.error).toContain(`No module named '${name}' (line 1)`);
      expect(failure.error).toMatch(/offline.*standard library only/);
      expect(failure.error).not.toMatch(/micropip|loadPackage/);
    }
  });
});

describe('Python sandbox: errors', () => {
  it('reports a syntax error with its line', async () => {
    const failure = expectFailure(await run('def main():\n    x = 1\n    return {"x": x +}'));
    expect(failure.errorType).toBe('syntax');
    expect(failure.error).toMatch(/^SyntaxError: .* \(line 3\)$/);
  });

  it('reports an indentation error as a syntax error', async () => {
    const failure = expectFailure(await run('def main():\nreturn {}'));
    expect(failure.errorType).toBe('syntax');
    expect(failure.error).toMatch(/^IndentationError: .*\(line 2\)$/);
  });

  it('reports an exception with its type, message and the line in the user code', async () => {
    const code = dedent(`
      import json
      def helper(text):
          return json.loads(text)
      def main():
          return helper("{not json")
    `);
    const failure = expectFailure(await run(code));
    expect(failure.errorType).toBe('runtime');
    expect(failure.error).toMatch(/^json\.decoder\.JSONDecodeError: .* \(line 3\)$/);
  });

  it.each([
    ['a list', 'return [1, 2]', /must return a dict, but it returned list/],
    ['None', 'return None', /must return a dict, but it returned NoneType/],
    ['a set inside', 'return {"s": {1, 2}}', /cannot be converted to JSON: TypeError: Object of type set/],
    ['bytes inside', 'return {"b": b"x"}', /cannot be converted to JSON: TypeError: Object of type bytes/],
    ['NaN', 'return {"n": float("nan")}', /cannot be converted to JSON: ValueError: Out of range float/],
    ['a tuple key', 'return {(1, 2): 3}', /cannot be converted to JSON: TypeError: keys must be/],
  ])('rejects a result that is %s', async (_label, body, message) => {
    const failure = expectFailure(await run(`def main():\n    ${body}`));
    expect(failure.errorType).toBe('result');
    expect(failure.error).toMatch(message);
  });

  it('rejects inputs that cannot become JSON before starting Python', async () => {
    const failure = expectFailure(await run('def main(n):\n    return {}', { n: 10n }));
    expect(failure.errorType).toBe('runtime');
    expect(failure.error).toMatch(/inputs cannot be passed to Python as JSON/);
  });
});

describe('Python sandbox: scheduling and lifecycle', () => {
  it('queues concurrent calls and answers each one', async () => {
    const code = 'def main(n):\n    return {"square": n * n}';
    const results = await Promise.all([1, 2, 3, 4].map((n) => run(code, { n })));
    expect(results.map(expectOk)).toEqual([{ square: 1 }, { square: 4 }, { square: 9 }, { square: 16 }]);
  });

  it('stops a running call on abort and keeps the interpreter', async () => {
    const starts = sandbox.workerStarts;
    const controller = new AbortController();
    const pending = sandbox.run({ code: 'def main():\n    while True:\n        pass', inputs: {}, timeoutMs: 30_000 }, controller.signal);
    setTimeout(() => controller.abort(), 200);
    const failure = expectFailure(await pending);
    expect(failure.errorType).toBe('stopped');
    expect(expectOk(await run('def main():\n    return {"after": 1}'))).toEqual({ after: 1 });
    expect(sandbox.workerStarts).toBe(starts);
  });

  it('does not start a call whose signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = expectFailure(await sandbox.run({ code: 'def main():\n    return {}', inputs: {}, timeoutMs: 1000 }, controller.signal));
    expect(failure.errorType).toBe('stopped');
  });

  it('measures elapsed time and answers warm calls quickly', async () => {
    const result = await run('def main():\n    return {}');
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(result.elapsedMs).toBeLessThan(1000);
  });

  it('can be used again after dispose (a fresh worker starts)', async () => {
    const other = createNodePythonSandbox();
    try {
      expect(expectOk(await other.run({ code: 'def main():\n    return {"n": 1}', inputs: {}, timeoutMs: 5000 }))).toEqual({ n: 1 });
      other.dispose();
      expect(expectOk(await other.run({ code: 'def main():\n    return {"n": 2}', inputs: {}, timeoutMs: 5000 }))).toEqual({ n: 2 });
      expect(other.workerStarts).toBe(2);
    } finally {
      other.dispose();
    }
  });

  it('reports a sandbox that cannot load as unavailable, with the reason', async () => {
    const broken = createNodePythonSandbox({ indexURL: 'file:///nonexistent-pyodide/' });
    try {
      const failure = expectFailure(await broken.run({ code: 'def main():\n    return {}', inputs: {}, timeoutMs: 1000 }));
      expect(failure.errorType).toBe('unavailable');
      expect(failure.error).toMatch(/^The Python sandbox could not start: .+/);
    } finally {
      broken.dispose();
    }
  });
});

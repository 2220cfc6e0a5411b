import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { PYODIDE_FILES } from './pyodide-files';
import { pyodideAssets, requestedPyodideFile } from './vite-plugin-pyodide';

const packageDir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

function hook<T>(value: unknown): T {
  const handler = typeof value === 'object' && value !== null && 'handler' in value ? value.handler : value;
  return handler as T;
}

describe('requestedPyodideFile', () => {
  it.each([
    ['/pyodide/pyodide.asm.wasm', '/', 'pyodide.asm.wasm'],
    ['/pyodide/python_stdlib.zip?v=1', '/', 'python_stdlib.zip'],
    ['/app/pyodide/pyodide-lock.json', '/app/', 'pyodide-lock.json'],
    ['/app/pyodide/pyodide.asm.mjs#x', '/app', 'pyodide.asm.mjs'],
  ])('maps %s (base %s) to %s', (url, base, name) => {
    expect(requestedPyodideFile(url, base)).toBe(name);
  });

  it.each([
    ['/pyodide/pyodide.mjs', '/'],
    ['/pyodide/../package.json', '/'],
    ['/pyodide/', '/'],
    ['/other/pyodide.asm.wasm', '/'],
    ['/pyodide/pyodide.asm.wasm', '/app/'],
    [undefined, '/'],
  ])('ignores %s (base %s)', (url, base) => {
    expect(requestedPyodideFile(url, base)).toBeUndefined();
  });
});

describe('pyodideAssets plugin', () => {
  it('serves the four files in dev with their content type', () => {
    let middleware: Middleware | undefined;
    const server = { config: { base: '/' }, middlewares: { use: (fn: Middleware) => (middleware = fn) } };
    hook<(server: unknown) => void>(pyodideAssets({ packageDir }).configureServer)(server);
    if (!middleware) throw new Error('no middleware registered');
    for (const [name, type] of Object.entries(PYODIDE_FILES)) {
      const headers: Record<string, string> = {};
      let body: Buffer | undefined;
      const response = {
        statusCode: 0,
        setHeader: (key: string, value: string) => (headers[key.toLowerCase()] = value),
        end: (data: Buffer) => (body = data),
      };
      let passed = false;
      middleware({ url: `/pyodide/${name}` } as IncomingMessage, response as unknown as ServerResponse, () => (passed = true));
      expect(passed).toBe(false);
      expect(response.statusCode).toBe(200);
      expect(headers['content-type']).toBe(type);
      expect(Number(headers['content-length'])).toBe(body?.length);
      expect(body?.length).toBeGreaterThan(1000);
    }
    let passed = false;
    middleware({ url: '/src/main.tsx' } as IncomingMessage, {} as ServerResponse, () => (passed = true));
    expect(passed).toBe(true);
  });

  it('emits the four files under pyodide/ at build time', () => {
    const emitted: Array<{ fileName: string; source: Uint8Array }> = [];
    const context = {
      environment: { config: { consumer: 'client' } },
      emitFile: (file: { fileName: string; source: Uint8Array }) => emitted.push(file),
    };
    const generateBundle = hook<(this: unknown) => void>(pyodideAssets({ packageDir }).generateBundle);
    generateBundle.call(context);
    expect(emitted.map((file) => file.fileName).sort()).toEqual(Object.keys(PYODIDE_FILES).map((name) => `pyodide/${name}`).sort());
    for (const file of emitted) expect(file.source.length).toBeGreaterThan(1000);
  });

  it('emits nothing for a server-side build', () => {
    const emitted: unknown[] = [];
    const context = { environment: { config: { consumer: 'server' } }, emitFile: (file: unknown) => emitted.push(file) };
    hook<(this: unknown) => void>(pyodideAssets({ packageDir }).generateBundle).call(context);
    expect(emitted).toEqual([]);
  });

  it('finds the installed pyodide package by default', () => {
    expect(existsSync(`${packageDir}/pyodide.asm.wasm`)).toBe(true);
  });
});

/**
 * Serves Pyodide's run-time files from the app itself, so the Python sandbox works offline and
 * same-origin (cross-origin isolation forbids most third-party fetches anyway):
 * - dev: a middleware answering `<base>pyodide/<file>` from node_modules/pyodide;
 * - build: the same files emitted as assets at `pyodide/<file>`.
 * Use with `optimizeDeps: { exclude: ['pyodide'] }` so vite does not pre-bundle the loader.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PYODIDE_FILES, PYODIDE_PUBLIC_DIR } from './pyodide-files.ts';

export interface PyodideAssetsOptions {
  /** Folder of the pyodide npm package. Default: resolved from node_modules. */
  packageDir?: string;
}

function installedPyodideDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

/** The file name a request asks for, if it is one of Pyodide's files under `<base>pyodide/`. */
export function requestedPyodideFile(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${PYODIDE_PUBLIC_DIR}/`;
  if (!path.startsWith(prefix)) return undefined;
  const name = path.slice(prefix.length);
  return Object.hasOwn(PYODIDE_FILES, name) ? name : undefined;
}

export function pyodideAssets(options: PyodideAssetsOptions = {}): Plugin {
  let packageDir = options.packageDir;
  const folder = (): string => (packageDir ??= installedPyodideDir());
  return {
    name: 'flowpad:pyodide-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = requestedPyodideFile(request.url, server.config.base);
        if (!name) {
          next();
          return;
        }
        const file = join(folder(), name);
        response.statusCode = 200;
        response.setHeader('Content-Type', PYODIDE_FILES[name] ?? 'application/octet-stream');
        response.setHeader('Content-Length', String(statSync(file).size));
        response.setHeader('Cache-Control', 'no-cache');
        response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (this.environment && this.environment.config.consumer !== 'client') return;
      for (const name of Object.keys(PYODIDE_FILES)) {
        this.emitFile({ type: 'asset', fileName: `${PYODIDE_PUBLIC_DIR}/${name}`, source: readFileSync(join(folder(), name)) });
      }
    },
  };
}

/**
 * The four files Pyodide needs at run time, with their content types, and the folder the app
 * serves them under. Shared by the vite plugin, the browser sandbox and the Node worker's fetch.
 */
export const PYODIDE_FILES: Readonly<Record<string, string>> = {
  'pyodide.asm.wasm': 'application/wasm',
  'pyodide.asm.mjs': 'text/javascript',
  'python_stdlib.zip': 'application/zip',
  'pyodide-lock.json': 'application/json',
};

/** The app serves PYODIDE_FILES at `<base>pyodide/<name>`. */
export const PYODIDE_PUBLIC_DIR = 'pyodide';

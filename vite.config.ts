import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { pyodideAssets } from './src/sandbox/python/vite-plugin-pyodide.ts';

// Cross-origin isolation lets the Python sandbox use SharedArrayBuffer for interrupts.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The dev server injects an inline script (React Fast Refresh's preamble), which index.html's
 * CSP (`script-src 'self'`) blocks. In dev only, allow exactly those scripts by their hash;
 * built pages have no inline script and keep the strict policy.
 */
function devInlineScriptHashes(): Plugin {
  return {
    name: 'flowpad:dev-inline-script-hashes',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
          ([, body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`,
        );
        if (hashes.length === 0) return html;
        return html.replace(/(http-equiv="Content-Security-Policy"[^>]*\bscript-src )/, `$1${hashes.join(' ')} `);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), devInlineScriptHashes(), pyodideAssets()],
  // Pyodide is served as files from /pyodide/ (see the plugin); it must not be pre-bundled.
  optimizeDeps: { exclude: ['pyodide'] },
  server: { headers: isolationHeaders, port: 5173 },
  preview: { headers: isolationHeaders, port: 4173 },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks: they change less often than the app, and no chunk passes 500 kB.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /[\\/]node_modules[\\/](@xyflow|d3-[a-z]+|classcat|zustand)[\\/]/ },
            { name: 'dsl-libs', test: /[\\/]node_modules[\\/](yaml|zod)[\\/]/ },
          ],
        },
      },
    },
  },
});

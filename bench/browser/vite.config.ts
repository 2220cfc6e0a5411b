/** Build of the benchmark pages (kept out of the product build): `vite build --config bench/browser/vite.config.ts`. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const pages = import.meta.dirname;
// The repository is the root, so Tailwind finds the app's classes in src/ as in the product build;
// the pages are served from /bench/browser/.
const root = resolve(pages, '../..');
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root,
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  preview: { headers: isolation, port: 4183, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: resolve(root, 'dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    // BENCH_MINIFY=0 keeps function names readable in CPU profiles.
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: { input: { worker: resolve(pages, 'worker-bench.html'), editor: resolve(pages, 'editor-bench.html'), bare: resolve(pages, 'bare-bench.html') } },
  },
});

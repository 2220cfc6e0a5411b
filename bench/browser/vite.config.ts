/** Build of the benchmark pages (kept out of the product build): `vite build --config bench/browser/vite.config.ts`. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root,
  plugins: [react()],
  worker: { format: 'es' },
  preview: { headers: isolation, port: 4183, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: resolve(root, '../../dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { worker: resolve(root, 'worker-bench.html') } },
  },
});

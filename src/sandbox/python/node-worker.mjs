// Entry of the Pyodide worker thread in Node. Plain JavaScript so Node can start it without a
// TypeScript loader: it registers tsx's hooks in this thread, then loads the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');

// Entry of the CLI's engine thread. Plain JavaScript so Node can start it without a TypeScript
// loader: it registers tsx's hooks in this thread, then loads the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./engine-thread.ts');

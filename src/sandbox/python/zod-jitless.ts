/**
 * Imported first by the worker entries: the Pyodide worker's realm refuses `new Function`
 * (realm-hardening.ts), so zod must build its parsers without compiling code. zod reads this
 * setting when a schema is created, hence before protocol.ts is evaluated.
 */
import { z } from 'zod';

z.config({ jitless: true });

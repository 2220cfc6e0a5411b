/** Entry point of the Flowpad CLI (`npm run flowpad -- ...` or bin/flowpad.mjs). */
import { processIo } from './cli-io';
import { runCli } from './run-cli';

// `flowpad export x.yml | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), processIo);
} catch (e) {
  process.stderr.write(`flowpad: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}

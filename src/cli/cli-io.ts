/** Where the CLI writes and how it reads files; the process in main.ts, a recorder in tests. */
import { readFile } from 'node:fs/promises';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(file: string): Promise<string>;
}

/** Exit codes: 0 all good, 1 a file does not import, 2 bad usage or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readText: (file) => readFile(file, 'utf8'),
};

/** `ENOENT: no such file...` -> a sentence naming the file. */
export function describeReadError(file: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a DSL file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

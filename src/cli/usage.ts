/** Help text of the CLI and of each command. */

export const VALIDATE_USAGE = `Usage: flowpad validate [--json] FILE...

Imports each Dify DSL file as the editor would and runs the checklist.
  --json   print a JSON array, one entry per file
Exit code: 0 every file imports, 1 a file does not, 2 bad usage or an unreadable file.
`;

export const EXPORT_USAGE = `Usage: flowpad export FILE [--omit-secrets]

Imports FILE and prints it re-exported, as Flowpad saves it (Dify's layout).
  --omit-secrets   write secret environment variables with empty values
Exit code: 0 exported, 1 the file does not import, 2 bad usage or an unreadable file.
`;

export const USAGE = `Usage: flowpad <command> [options]

Commands:
  validate [--json] FILE...        check that Dify DSL files import, and list checklist findings
  export FILE [--omit-secrets]     print FILE re-exported through Flowpad's document model

Run 'flowpad <command> --help' for a command's options.
`;

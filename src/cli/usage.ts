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

export const RUN_USAGE = `Usage: flowpad run FILE [--inputs JSON] [--pins PINS.json] [--json] [--max-steps N] [--timeout SECONDS]

Runs the workflow headless with Flowpad's engine (Dify's semantics).
  --inputs JSON     start variables as a JSON object; in a chatflow "sys.query" is the user's message
  --pins FILE       {"<nodeId>": {"<output>": value}}: use these outputs instead of running those nodes
                    (how tool, agent and knowledge nodes run without a Dify server)
  --json            print {status, outputs, error, nodes: [...]} instead of the live log
  --max-steps N     node runs allowed (default 500); --timeout: seconds allowed (default 1200)
LLM nodes call an OpenAI-compatible endpoint: FLOWPAD_LLM_BASE_URL, FLOWPAD_LLM_API_KEY, FLOWPAD_LLM_MODEL.
Exit code: 0 succeeded or partial-succeeded, 1 failed or stopped, 2 bad input.
`;

export const USAGE = `Usage: flowpad <command> [options]

Commands:
  validate [--json] FILE...        check that Dify DSL files import, and list checklist findings
  export FILE [--omit-secrets]     print FILE re-exported through Flowpad's document model
  run FILE [--inputs JSON] [--pins FILE] [--json]   run the workflow headless

Run 'flowpad <command> --help' for a command's options.
`;
